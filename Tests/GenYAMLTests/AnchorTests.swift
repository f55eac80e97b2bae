import GenYAML
import Testing

/// An alias is replaced by the node its anchor names.
@Suite struct AnchorTests {
    @Test func anAliasIsReplacedByTheAnchoredNode() throws {
        let root = try YAMLReader.parse(
            """
            base: &text
              type: string
              maxLength: 64
            copy: *text
            name: &name out_trade_no
            again: *name
            """,
            file: "spec.yaml"
        )
        let copy = try #require(root["copy"])
        #expect(copy["type"]?.scalar?.value == "string")
        #expect(copy["maxLength"]?.scalar?.value == "64")
        // An anchored collection starts at its anchor.
        #expect(copy.location.description == "spec.yaml:1:7")
        #expect(root["again"]?.scalar?.value == "out_trade_no")
    }

    @Test func anUnknownAliasIsAnErrorAtTheAlias() {
        let error = #expect(throws: DiagnosticError.self) {
            try YAMLReader.parse("a: 1\nb: *missing\nc: *other\n", file: "spec.yaml")
        }
        #expect(
            error?.diagnostics.map(\.description) == [
                "spec.yaml:2:4: error: unknown alias '*missing'",
                "spec.yaml:3:4: error: unknown alias '*other'",
            ]
        )
    }

    @Test func anAliasInsideItsOwnAnchorIsAnError() {
        let error = #expect(throws: DiagnosticError.self) {
            try YAMLReader.parse("a: &loop [*loop]", file: "spec.yaml")
        }
        #expect(
            error?.description
                == "spec.yaml:1:11: error: alias '*loop' refers to a node that contains it;"
                + " recursive structures are not supported"
        )
    }
}
