import GenOpenAPI
import GenYAML
import Testing

/// Parameters inline and through `$ref`, merged from the path item, checked against the path.
@Suite struct ParameterParsingTests {
    @Test func parametersAreInlinedAndMergedInOrder() throws {
        let yaml = spec(
            paths: """
                /v3/alipay/marketing/activity/{activity_id}:
                  parameters:
                  - {name: activity_id, in: path, required: true, schema: {type: string}}
                  get:
                    operationId: alipay.marketing.activity.query
                    parameters:
                    - $ref: '#/components/parameters/AuthToken'
                    - name: merchant_id
                      in: query
                      description: The merchant.
                      deprecated: true
                      schema: {type: string}
                    - {name: trace, in: header, schema: {type: string}}
                    - {name: session, in: cookie, schema: {type: string}}
                    responses: {'200': {description: ok}}
                """,
            components: """
                parameters:
                  AuthToken:
                    name: auth_token
                    in: query
                    description: The user's authorisation token.
                    allowEmptyValue: true
                    schema: {type: string}
                """
        )
        let (document, warnings) = try parseSpec(yaml)
        #expect(warnings.isEmpty)
        let parameters = try #require(document.operations.first).parameters
        #expect(
            parameters.map { "\($0.location.rawValue) \($0.name)" } == [
                "path activity_id", "query auth_token", "query merchant_id", "header trace", "cookie session",
            ]
        )
        #expect(parameters.map(\.required) == [true, false, false, false, false])
        #expect(parameters.map(\.deprecated) == [false, false, true, false, false])
        #expect(parameters.map(\.allowEmptyValue) == [false, true, false, false, false])
        #expect(parameters[1].description == "The user's authorisation token.")
        #expect(parameters[1].sourceLocation.description == "spec.yaml:24:7")
        #expect(parameters[2].sourceLocation.description == "spec.yaml:13:9")
        #expect(summary(parameters[2].schema) == "string")
    }

    @Test func anOperationParameterReplacesThePathLevelOne() throws {
        let yaml = spec(
            paths: """
                /v3/a:
                  parameters:
                  - {name: merchant_id, in: query, description: shared, schema: {type: string}}
                  - {name: app_id, in: query, schema: {type: string}}
                  get:
                    operationId: a.get
                    parameters:
                    - {name: merchant_id, in: query, description: own, schema: {type: integer}}
                    responses: {'200': {description: ok}}
                  delete:
                    operationId: a.delete
                    responses: {'200': {description: ok}}
                """
        )
        let (document, _) = try parseSpec(yaml)
        let get = try #require(document.operations.first)
        #expect(get.parameters.map(\.name) == ["app_id", "merchant_id"])
        #expect(get.parameters.last?.description == "own")
        #expect(document.operations.last?.parameters.map(\.name) == ["merchant_id", "app_id"])
    }

    @Test func pathParametersMustMatchThePathTemplate() {
        let yaml = spec(
            paths: """
                /v3/alipay/marketing/activity/{activity_id}:
                  get:
                    operationId: alipay.marketing.activity.query
                    parameters:
                    - {name: activityId, in: path, required: true, schema: {type: string}}
                    responses: {'200': {description: ok}}
                """
        )
        let path = "/v3/alipay/marketing/activity/{activity_id}"
        #expect(
            specDiagnostics(yaml) == [
                "spec.yaml:7:5: error: path parameter 'activity_id' of '\(path)' is not declared in the parameters"
                    + " of operation 'GET \(path)'",
                "spec.yaml:10:9: error: path parameter 'activityId' is not in the path template '\(path)'",
            ]
        )
    }

    @Test func malformedParametersAreErrors() {
        let yaml = spec(
            paths: """
                /v3/a:
                  get:
                    operationId: a.get
                    parameters:
                    - {name: a, in: query, schema: {type: string}}
                    - {name: a, in: query, schema: {type: integer}}
                    - {name: b, in: body, schema: {type: string}}
                    - {in: query}
                    - just-a-name
                    responses: {'200': {description: ok}}
                """
        )
        #expect(
            specDiagnostics(yaml) == [
                "spec.yaml:11:9: error: duplicate parameter 'a' in query (first at line 10, column 9)",
                "spec.yaml:12:23: error: 'in' must be one of query, path, header, cookie; found 'body'",
                "spec.yaml:13:9: error: missing required field 'name' in parameter",
                "spec.yaml:13:9: error: missing required field 'schema' in parameter",
                "spec.yaml:14:9: error: 'parameter' must be a mapping, found a string",
            ]
        )
    }
}
