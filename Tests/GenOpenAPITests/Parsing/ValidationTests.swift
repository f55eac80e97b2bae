import GenOpenAPI
import GenYAML
import Testing

/// Fields of the wrong type, missing fields, duplicate operationIds, versions: every error at once.
@Suite struct ValidationTests {
    @Test func everyWrongTypeIsReportedAtItsValueInOneRun() {
        let yaml = """
            openapi: 3.0.3
            info:
              title: [Alipay]
              version: '1'
            paths:
              /v3/a:
                post:
                  operationId: [a]
                  tags: a
                  deprecated: 'yes'
                  parameters: {name: a}
                  responses: {'200': {description: ok}}
              /v3/b:
                get:
                  operationId: b
                  requestBody: []
                  responses: 5
            components:
              schemas:
                Model:
                  type: object
                  required: yes-string
            """
        #expect(
            specDiagnostics(yaml) == [
                "spec.yaml:3:10: error: 'title' must be a string, found a sequence",
                "spec.yaml:8:20: error: 'operationId' must be a string, found a sequence",
                "spec.yaml:9:13: error: 'tags' must be a sequence, found a string",
                "spec.yaml:10:19: error: 'deprecated' must be a boolean, found a string",
                "spec.yaml:11:19: error: 'parameters' must be a sequence, found a mapping",
                "spec.yaml:16:20: error: 'requestBody' must be a mapping, found a sequence",
                "spec.yaml:17:18: error: 'responses' must be a mapping, found a number",
                "spec.yaml:22:17: error: 'required' must be a sequence, found a string",
            ]
        )
    }

    @Test func pathsOfTheWrongTypeAndARootThatIsNoMapping() {
        #expect(
            specDiagnostics("openapi: 3.0.3\ninfo: {title: a, version: b}\npaths: 5\n")
                == ["spec.yaml:3:8: error: 'paths' must be a mapping, found a number"]
        )
        #expect(
            specDiagnostics("- openapi\n") == ["spec.yaml:1:1: error: the document must be a mapping, found a sequence"]
        )
    }

    @Test func missingRequiredFieldsAreReportedWhereTheyBelong() {
        let yaml = """
            info:
              description: no title, no version
            x-note: an extension
            """
        #expect(
            specDiagnostics(yaml) == [
                "spec.yaml:1:1: error: missing required field 'openapi'",
                "spec.yaml:1:1: error: missing required field 'paths'",
                "spec.yaml:2:3: error: missing required field 'title' in 'info'",
                "spec.yaml:2:3: error: missing required field 'version' in 'info'",
            ]
        )
        #expect(
            specDiagnostics(spec(paths: "/v3/a:\n  get:\n    summary: no id\n"))
                == [
                    "spec.yaml:7:5: error: missing required field 'operationId' in operation 'GET /v3/a'",
                    "spec.yaml:7:5: error: missing required field 'responses' in operation 'GET /v3/a'",
                ]
        )
    }

    @Test func aDuplicateOperationIdIsReportedAtTheSecond() {
        let yaml = spec(
            paths: """
                /v3/a:
                  get: {operationId: alipay.a.query, responses: {'200': {description: ok}}}
                  post: {operationId: alipay.a.query, responses: {'200': {description: ok}}}
                """
        )
        #expect(
            specDiagnostics(yaml) == [
                "spec.yaml:8:25: error: duplicate operationId 'alipay.a.query' (first at line 7, column 24)"
            ]
        )
    }

    @Test(arguments: ["3.0.0", "3.0.3", "3.0", "3.1.0"])
    func openAPIThreeIsAccepted(version: String) throws {
        let (document, _) = try parseSpec("openapi: \(version)\ninfo: {title: a, version: b}\npaths: {}\n")
        #expect(document.openapi == version)
    }

    @Test(arguments: ["2.0", "3.2.0", "30.0", "4"])
    func otherVersionsAreErrors(version: String) {
        #expect(
            specDiagnostics("openapi: '\(version)'\ninfo: {title: a, version: b}\npaths: {}\n")
                == ["spec.yaml:1:10: error: unsupported OpenAPI version '\(version)'; expected 3.0.x or 3.1.x"]
        )
    }

    @Test func unknownKeysAndUnsupportedMethodsAreWarnings() throws {
        let yaml = spec(
            paths: """
                /v3/a:
                  head: {operationId: a.head, responses: {}}
                  get:
                    operationId: a.get
                    x-alipay-gateway: v3
                    sumary: typo
                    responses: {'200': {description: ok}}
                """
        )
        #expect(
            try specWarnings(yaml) == [
                "spec.yaml:7:5: warning: unsupported method 'head' at #/paths/~1v3~1a/head; the operation is skipped",
                "spec.yaml:11:7: warning: unknown key 'sumary' in operation at #/paths/~1v3~1a/get; ignored",
            ]
        )
    }

    @Test func theDocumentKeepsInfoServersTagsAndOperationsInOrder() throws {
        let yaml = """
            openapi: 3.0.3
            info: {title: Alipay, version: '2025', description: The open platform.}
            servers:
            - {url: 'https://openapi.alipay.com', description: Production}
            - url: http://openapi.sandbox.dl.alipaydev.com
            tags:
            - {name: alipay.trade, description: Trade}
            paths:
              /v3/alipay/trade/query:
                get: {operationId: alipay.trade.query, tags: [alipay.trade], summary: Query, responses: {}}
                post: {operationId: alipay.trade.create, deprecated: true, description: Create, responses: {}}
            """
        let (document, warnings) = try parseSpec(yaml)
        #expect(warnings.isEmpty)
        #expect(document.file == "spec.yaml")
        #expect(document.info == Info(title: "Alipay", version: "2025", description: "The open platform."))
        #expect(
            document.servers == [
                Server(url: "https://openapi.alipay.com", description: "Production"),
                Server(url: "http://openapi.sandbox.dl.alipaydev.com"),
            ]
        )
        #expect(document.tags == [Tag(name: "alipay.trade", description: "Trade")])
        let operations = document.operations
        #expect(operations.map(\.operationId) == ["alipay.trade.query", "alipay.trade.create"])
        #expect(operations.map(\.method) == [.get, .post])
        #expect(operations.map(\.tags) == [["alipay.trade"], []])
        #expect(operations.map(\.summary) == ["Query", nil])
        #expect(operations.map(\.description) == [nil, "Create"])
        #expect(operations.map(\.deprecated) == [false, true])
        #expect(operations.map(\.location.description) == ["spec.yaml:10:5", "spec.yaml:11:5"])
    }
}
