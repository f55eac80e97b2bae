import GenTemplate
import Testing

/// Whitespace rules of the mustache spec: tags alone on their line leave no line behind.
@Suite struct StandaloneLineTests {
    let value: TemplateValue = ["items": ["a", "b"], "yes": true, "name": "n"]

    @Test func standaloneSectionTagsRemoveTheirLines() throws {
        #expect(try render("begin\n  {{#items}}\n- {{.}}\n  {{/items}}\nend\n", value) == "begin\n- a\n- b\nend\n")
    }

    @Test func inlineSectionTagsKeepTheirLine() throws {
        #expect(try render(" {{#yes}}x{{/yes}} \n", value) == " x \n")
        #expect(try render("a {{#yes}}\nx\n{{/yes}}\nb\n", value) == "a \nx\nb\n")
    }

    @Test func commentsAndPragmasAloneOnALineLeaveNothing() throws {
        #expect(try render("{{% CONTENT_TYPE: TEXT }}\n  {{! a comment }}\nline\n", value) == "line\n")
        #expect(try render("a {{! inline }}b\n", value) == "a b\n")
    }

    @Test func windowsLineEndsAreKept() throws {
        #expect(try render("{{#yes}}\r\nx\r\n{{/yes}}\r\n", value) == "x\r\n")
    }

    @Test func standaloneTagOnTheLastLineWithoutLineEnd() throws {
        #expect(try render("x\n{{#yes}}\ny\n  {{/yes}}", value) == "x\ny\n")
    }

    @Test func indentedStandalonePartialsIndentEachLine() throws {
        let output = try render("a\n  {{> p}}\nb\n", value, partials: ["p": "one\ntwo {{name}}\n"])
        #expect(output == "a\n  one\n  two n\nb\n")
    }

    @Test func inlinePartialsAreNotIndented() throws {
        #expect(try render("[{{> p}}]", value, partials: ["p": "x\ny"]) == "[x\ny]")
    }

    @Test func delimitersCanBeChanged() throws {
        #expect(try render("{{=<% %>=}}\n<% name %> {{name}}\n<%={{ }}=%>{{name}}", value) == "n {{name}}\nn")
    }
}
