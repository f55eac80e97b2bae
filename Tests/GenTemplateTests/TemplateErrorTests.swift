import GenTemplate
import Testing

/// A broken template is reported with the line and column of the tag at fault.
@Suite struct TemplateErrorTests {
    @Test func unclosedSectionPointsAtItsOpeningTag() {
        #expect(throws: TemplateError("section 'items' is never closed", line: 2, column: 3)) {
            try Template("line\n  {{#items}}\nbody\n")
        }
    }

    @Test func closingTagMustMatch() {
        #expect(throws: TemplateError("closing tag 'b' does not match the open section 'a'", line: 1, column: 7)) {
            try Template("{{#a}}{{/b}}")
        }
        #expect(throws: TemplateError("closing tag 'a' has no open section", line: 1, column: 2)) {
            try Template("x{{/a}}")
        }
    }

    @Test func unclosedAndEmptyTags() {
        #expect(throws: TemplateError("tag is not closed with '}}'", line: 1, column: 4)) { try Template("ab {{name") }
        #expect(throws: TemplateError("tag is not closed with '}}}'", line: 1, column: 1)) { try Template("{{{name}}") }
        #expect(throws: TemplateError("tag has no name", line: 1, column: 1)) { try Template("{{ }}") }
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(throws: TemplateError("tag has no name", line: 1, column: 4)) { try Template("芝麻 {{}}") }
    }

    @Test func unknownPragmaAndBadDelimiters() {
        #expect(
            throws: TemplateError(
                "unknown pragma 'CONTENT_TYPE: JSON'; known: CONTENT_TYPE: TEXT and CONTENT_TYPE: HTML", line: 1,
                column: 1)
        ) { try Template("{{% CONTENT_TYPE: JSON }}") }
        #expect(throws: TemplateError("a delimiter tag names two delimiters, like {{=<% %>=}}", line: 1, column: 1)) {
            try Template("{{=<%=}}")
        }
    }

    @Test func missingPartialIsReportedWhereItIsIncluded() throws {
        let templates = ["main": try Template("a\n {{> nowhere}}\n")]
        do {
            _ = try TemplateLibrary(templates)
            Issue.record("expected an error")
        } catch {
            #expect(
                error.problems == [
                    .init(
                        template: "main",
                        error: TemplateError("partial 'nowhere' names no template", line: 2, column: 2))
                ])
        }
    }

    @Test func partialsThatIncludeThemselvesAreRefused() throws {
        let templates = ["a": try Template("{{> b}}"), "b": try Template("x\n{{> a}}"), "c": try Template("{{> a}}")]
        do {
            _ = try TemplateLibrary(templates)
            Issue.record("expected an error")
        } catch {
            #expect(
                error.problems.map(\.template) == ["a", "b"],
                "only the templates on the cycle are reported, not c which merely includes one")
            #expect(error.problems.first?.error.message == "partial 'b' includes 'a' again, which would never end")
        }
    }

    @Test func renderingAnUnknownTemplateGivesNil() throws {
        #expect(try TemplateLibrary(["a": Template("x")]).render("b", with: [:]) == nil)
    }
}
