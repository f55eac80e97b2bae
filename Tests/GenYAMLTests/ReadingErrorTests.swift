import GenYAML
import Testing

/// Syntax errors keep libyaml's words and position; input with no document is an error too.
@Suite struct ReadingErrorTests {
    private func diagnostics(_ text: String) -> [String]? {
        let error = #expect(throws: DiagnosticError.self) {
            try YAMLReader.parse(text, file: "spec.yaml")
        }
        return error?.diagnostics.map(\.description)
    }

    @Test func aSyntaxErrorHasLibyamlsProblemAndPosition() {
        #expect(
            diagnostics("paths:\n  /v3/a:\n    get: 1\n   post: 2\n")
                == [
                    "spec.yaml:4:4: error: did not find expected key (while parsing a block mapping at line 2, column 3)"
                ]
        )
        #expect(diagnostics("a: 1\n  b: 2") == ["spec.yaml:2:4: error: mapping values are not allowed in this context"])
        #expect(
            diagnostics("tags: [a, b\nnext: 1")
                == [
                    "spec.yaml:2:5: error: did not find expected ',' or ']' (while parsing a flow sequence at line 1, column 7)"
                ]
        )
    }

    @Test(arguments: ["", "   \n", "# only a comment\n", "---\n", "--- \n...\n"])
    func noDocumentIsAnEmptyDocument(text: String) {
        #expect(diagnostics(text) == ["spec.yaml:1:1: error: empty document"])
    }

    @Test func collectionsNestedTooDeeplyAreAnErrorWhereTheyGoTooDeep() throws {
        // The root mapping and 511 sequences: as deep as a spec may go.
        let deepest = "a: " + String(repeating: "[", count: 511) + String(repeating: "]", count: 511)
        #expect(throws: Never.self) { try YAMLReader.parse(deepest, file: "spec.yaml") }
        let tooDeep = "a: " + String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(
            diagnostics(tooDeep) == [
                "spec.yaml:1:515: error: collections nested more than 512 deep; a spec never needs that many"
            ])
    }

    @Test func aSecondDocumentIsAnError() {
        #expect(
            diagnostics("a: 1\n---\nb: 2\n")
                == ["spec.yaml:2:1: error: more than one document in the file; a spec is a single document"]
        )
    }
}
