import GenTemplate
import Testing

/// A name the context does not have is an error at its tag, so that a mistyped name in a template
/// cannot render wrong output silently; a name whose value is `null` is there, and empty.
@Suite struct MissingNameTests {
    @Test func aMissingVariableIsAnErrorAtItsTag() {
        let value: TemplateValue = ["properties": ["a"]]
        #expect(throws: problem("no value named 'propertyz' here", line: 2, column: 5)) {
            try render("line\n    {{propertyz}}\n", value)
        }
    }

    @Test func aSectionOrInvertedSectionOverAMissingNameIsAnError() {
        let value: TemplateValue = ["flag": true]
        #expect(throws: problem("no value named 'flags' here", line: 1, column: 3)) {
            try render("x {{#flags}}y{{/flags}}", value)
        }
        #expect(throws: problem("no value named 'flags' here", line: 1, column: 1)) {
            try render("{{^flags}}y{{/flags}}", value)
        }
    }

    @Test func namesInBranchesThatDoNotRenderAreNotLookedUp() throws {
        let value: TemplateValue = ["off": false, "empty": []]
        #expect(try render("{{#off}}{{missing}}{{/off}}{{#empty}}{{missing}}{{/empty}}ok", value) == "ok")
    }

    @Test func presentButEmptyValuesAreNotErrors() throws {
        let value: TemplateValue = ["nothing": .null, "no": false, "empty": [], "text": "", "object": [:]]
        let source = "[{{nothing}}{{nothing.inner}}{{text}}]{{^no}}a{{/no}}{{^empty}}b{{/empty}}{{#object}}c{{/object}}"
        #expect(try render(source, value) == "[]abc")
    }

    @Test func aDottedNameThroughAValueThatIsNotAnObjectIsAnError() {
        let value: TemplateValue = ["name": "text", "object": ["inner": "x"]]
        #expect(throws: problem("no value named 'name.first' here", line: 1, column: 1)) {
            try render("{{name.first}}", value)
        }
        #expect(throws: problem("no value named 'object.outer' here", line: 1, column: 1)) {
            try render("{{object.outer}}", value)
        }
    }

    @Test func listPositionsOutsideAListAreErrors() {
        #expect(throws: problem("no value named '-first' here", line: 1, column: 1)) {
            try render("{{#-first}}x{{/-first}}", ["object": [:]])
        }
    }

    @Test func anErrorInAPartialNamesThePartial() {
        let value: TemplateValue = ["items": .objects([["name": "a"], ["nmae": "b"]])]
        #expect(throws: problem("no value named 'name' here", line: 2, column: 3, in: "_item")) {
            try render("{{#items}}\n{{> _item}}\n{{/items}}\n", value, partials: ["_item": "-\n  {{name}}\n"])
        }
    }

    @Test func columnsCountCharactersAndLaterTagsAreLocatedAfterEarlierOnes() {
        let value: TemplateValue = ["a": "x"]
        #expect(throws: problem("no value named 'b' here", line: 3, column: 4)) {
            try render("{{a}}\n芝麻{{a}}\n芝麻 {{b}}\n", value)
        }
    }
}
