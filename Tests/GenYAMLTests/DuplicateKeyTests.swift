import GenYAML
import Testing

/// A key written twice in one mapping is an error at the second, naming the first.
@Suite struct DuplicateKeyTests {
    @Test func aDuplicateKeyIsReportedAtTheSecond() {
        let error = #expect(throws: DiagnosticError.self) {
            try YAMLReader.parse(
                """
                schema:
                  type: string
                  description: first
                  type: integer
                """,
                file: "spec.yaml"
            )
        }
        #expect(error?.description == "spec.yaml:4:3: error: duplicate key 'type' (first at line 2, column 3)")
    }

    @Test func everyDuplicateIsReportedInLargeAndFlowMappings() {
        let keys = (1...20).map { "  key\($0): v" }.joined(separator: "\n")
        let error = #expect(throws: DiagnosticError.self) {
            try YAMLReader.parse("big:\n\(keys)\n  key7: again\nsmall: {a: 1, 'a': 2}\n", file: "spec.yaml")
        }
        #expect(
            error?.diagnostics.map(\.description) == [
                "spec.yaml:22:3: error: duplicate key 'key7' (first at line 8, column 3)",
                "spec.yaml:23:15: error: duplicate key 'a' (first at line 23, column 9)",
            ]
        )
    }

    @Test func theSameKeyInDifferentMappingsIsFine() throws {
        let root = try YAMLReader.parse("a: {type: string}\nb: {type: string}\n", file: "spec.yaml")
        #expect(root.mapping?.count == 2)
    }
}
