import GenYAML
import Testing

/// Scalars keep their text, how they were written, and any explicit tag.
@Suite struct ScalarTests {
    @Test func everyStyleIsKept() throws {
        let root = try YAMLReader.parse(
            """
            plain: 3.00
            single: 'it''s'
            double: "line\\nbreak"
            literal: |
              first
              second
            folded: >
              first
              second
            """,
            file: "spec.yaml"
        )
        #expect(root["plain"]?.scalar == Scalar("3.00", style: .plain))
        #expect(root["single"]?.scalar == Scalar("it's", style: .singleQuoted))
        #expect(root["double"]?.scalar == Scalar("line\nbreak", style: .doubleQuoted))
        #expect(root["literal"]?.scalar == Scalar("first\nsecond\n", style: .literal))
        #expect(root["folded"]?.scalar == Scalar("first second", style: .folded))
    }

    @Test func explicitTagsAreKeptInShortForm() throws {
        let root = try YAMLReader.parse(
            """
            - !!str 12
            - !custom x
            - !!map {a: 1}
            - untagged
            """,
            file: "spec.yaml"
        )
        let items = try #require(root.sequence)
        #expect(items.map(\.tag) == ["!!str", "!custom", "!!map", nil])
        #expect(items[0].scalar?.value == "12")
    }

    @Test func nullsBooleansAndNumbersAreRecognisedForMessages() throws {
        let root = try YAMLReader.parse(
            """
            empty:
            tilde: ~
            yes: true
            quoted: 'true'
            number: -2.5e3
            text: 2024-01-01 00:00:00
            list: []
            map: {}
            """,
            file: "spec.yaml"
        )
        #expect(root["empty"]?.isNull == true)
        #expect(root["tilde"]?.isNull == true)
        #expect(root["yes"]?.bool == true)
        #expect(root["quoted"]?.bool == nil)
        let kinds = ["empty", "yes", "quoted", "number", "text", "list", "map"].map { root[$0]?.kindDescription }
        #expect(kinds == ["null", "a boolean", "a string", "a number", "a string", "a sequence", "a mapping"])
    }
}
