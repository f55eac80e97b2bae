import GenTemplate
import Testing

@Suite struct SectionTests {
    @Test func listsRepeatTheirBodyForEachItem() throws {
        let value: TemplateValue = ["items": .objects([["n": "1"], ["n": "2"], ["n": "3"]]), "sep": ","]
        #expect(try render("{{#items}}{{n}}{{sep}}{{/items}}", value) == "1,2,3,")
    }

    @Test func flagsShowOrHideTheirBody() throws {
        let value: TemplateValue = ["on": true, "off": false, "name": "n"]
        #expect(try render("{{#on}}a{{name}}{{/on}}{{#off}}b{{/off}}{{^off}}c{{/off}}{{^on}}d{{/on}}", value) == "anc")
    }

    @Test func invertedSectionsShowForNullFalseAndEmptyLists() throws {
        let value: TemplateValue = ["nothing": .null, "empty": [], "full": ["x"], "text": "", "object": [:]]
        let source =
            "{{^nothing}}1{{/nothing}}{{^empty}}2{{/empty}}{{^full}}3{{/full}}{{^text}}4{{/text}}{{^object}}5{{/object}}"
        #expect(try render(source, value) == "12")
        #expect(try render("{{#nothing}}never{{/nothing}}{{#nothing.deeper}}never{{/nothing.deeper}}", value) == "")
    }

    @Test func objectsAndTextArePushedForTheirBody() throws {
        let value: TemplateValue = ["object": ["inner": "i"], "word": "w"]
        #expect(try render("{{#object}}{{inner}}{{/object}}{{#word}}<{{.}}>{{/word}}", value) == "i<w>")
    }

    @Test func listPositionsDescribeTheInnermostListItem() throws {
        let value: TemplateValue = ["rows": .objects([["cells": ["a", "b"]], ["cells": ["c"]]])]
        let source =
            "{{#rows}}{{-index}}:{{#cells}}{{.}}{{^-last}},{{/-last}}{{/cells}}{{#-first}};{{/-first}}{{/rows}}"
        #expect(try render(source, value) == "0:a,b;1:c")
    }

    @Test func sectionsNestAndLookOutwardsForNames() throws {
        let value: TemplateValue = ["outer": "o", "a": ["b": ["c": "x"]]]
        #expect(try render("{{#a}}{{#b}}{{c}}{{outer}}{{/b}}{{/a}}", value) == "xo")
    }
}
