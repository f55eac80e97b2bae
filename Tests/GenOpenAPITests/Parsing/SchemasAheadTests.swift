import GenYAML
import Testing

@testable import GenOpenAPI

/// Component schemas parsed on a second thread give the document and the diagnostics of parsing
/// them in turn.
@Suite struct SchemasAheadTests {
    /// A spec whose paths and schemas both hold errors and warnings, and whose schemas name each other.
    private func spec(withErrors: Bool) -> String {
        var text = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /v3/a:
                post:
                  operationId: a
                  unknownField: 1
                  requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/S1'}}}}
                  responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/\(withErrors ? "Nope" : "S0")'}}}}}
            components:
              schemas:

            """
        for index in 0..<40 {
            text += """
                    S\(index):
                      type: object
                      oddKeyword\(index % 3): x
                      properties:
                        next: {$ref: '#/components/schemas/S\((index + 1) % 40)'}
                        bad: {type: \(withErrors ? "[1]" : "string")}
                    P\(index): {$ref: '#/components/schemas/S\(index)'}

                """
        }
        return text
    }

    private func parse(_ spec: String, schemasAheadCount: Int) throws -> Result<String, DiagnosticError> {
        let root = try YAMLReader.parse(spec, file: "spec.yaml")
        return Result { () throws(DiagnosticError) in
            let parsed = try DocumentParser(schemasAheadCount: schemasAheadCount).parse(root, file: "spec.yaml")
            return "\(parsed.document)\n\(parsed.warnings)"
        }
    }

    @Test func theDocumentAndWarningsAreThoseOfParsingInTurn() throws {
        let inTurn = try parse(spec(withErrors: false), schemasAheadCount: .max).get()
        #expect(inTurn.contains("unknownField"))
        #expect(try parse(spec(withErrors: false), schemasAheadCount: 0).get() == inTurn)
    }

    @Test func theDiagnosticsAreThoseOfParsingInTurn() throws {
        let inTurn = try parse(spec(withErrors: true), schemasAheadCount: .max)
        let ahead = try parse(spec(withErrors: true), schemasAheadCount: 0)
        let inTurnError = #expect(throws: DiagnosticError.self) { try inTurn.get() }
        let aheadError = #expect(throws: DiagnosticError.self) { try ahead.get() }
        let diagnostics = try #require(inTurnError?.diagnostics.map(\.description))
        #expect(diagnostics.count > 80)
        #expect(diagnostics.contains { $0.contains("Nope") })
        #expect(aheadError?.diagnostics.map(\.description) == diagnostics)
    }
}
