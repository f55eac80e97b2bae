import GenTemplate
import Testing

@Suite struct InterpolationTests {
    @Test func variablesAreEscapedUnlessTripleOrAmpersand() throws {
        let value: TemplateValue = ["name": "<a & \"b\" 'c'>"]
        #expect(
            try render("{{name}}|{{{name}}}|{{& name}}", value)
                == "&lt;a &amp; &quot;b&quot; &#39;c&#39;&gt;|<a & \"b\" 'c'>|<a & \"b\" 'c'>")
    }

    @Test func textContentTypeTurnsEscapingOffForTheRestOfTheTemplate() throws {
        let value: TemplateValue = ["x": "<>"]
        #expect(
            try render("{{x}}{{% CONTENT_TYPE: TEXT }}{{x}}{{% CONTENT_TYPE: HTML }}{{x}}", value)
                == "&lt;&gt;<>&lt;&gt;")
    }

    @Test func partialsStartEscapingAgain() throws {
        let value: TemplateValue = ["x": "<"]
        #expect(try render("{{% CONTENT_TYPE: TEXT }}{{x}}{{> p}}", value, partials: ["p": "{{x}}"]) == "<&lt;")
    }

    @Test func nullRendersNothingAndFlagsRenderTheirValue() throws {
        let value: TemplateValue = ["nothing": .null, "yes": true, "no": false, "count": .number(42)]
        #expect(try render("[{{nothing}}] {{yes}} {{no}} {{count}}", value) == "[] true false 42")
    }

    @Test func dottedNamesFollowObjectsAndStopWhereTheFirstPartIsFound() throws {
        let value: TemplateValue = [
            "a": ["b": ["c": "deep"]],
            "c": "outer",
            "inner": ["a": ["x": "shadow"]],
        ]
        #expect(try render("{{a.b.c}} {{#inner}}[{{a.x}}]{{/inner}}", value) == "deep [shadow]")
        // Inside `inner`, `a` is inner's, which has no `b`: the outer `a.b.c` is not looked at.
        #expect(throws: problem("no value named 'a.b.c' here", line: 1, column: 22)) {
            try render("{{a.b.c}} {{#inner}}[{{a.b.c}}]{{/inner}}", value)
        }
    }

    @Test func currentValueAndAnchoredNames() throws {
        let value: TemplateValue = ["items": ["x", "y"], "name": "top", "object": ["other": "o"]]
        #expect(try render("{{#items}}{{.}}{{/items}}", value) == "xy")
        #expect(try render("{{#object}}{{name}}/{{.other}}{{/object}}", value) == "top/o")
        // An anchored name is looked up on the current value alone, which has no `name`.
        #expect(throws: problem("no value named '.name' here", line: 1, column: 21)) {
            try render("{{#object}}{{name}}/{{.name}}{{/object}}", value)
        }
    }

    @Test func wordsWithSpacesAreNotNames() throws {
        #expect(throws: TemplateError("'a b' is not a name: a name has no spaces or line breaks", line: 1, column: 4)) {
            try Template("ab {{a b}}")
        }
    }
}

/// The problem a render of the template `main` (the one `render` renders) stops with.
func problem(_ message: String, line: Int, column: Int, in template: String = "main") -> TemplateLibrary.Problem {
    TemplateLibrary.Problem(template: template, error: TemplateError(message, line: line, column: column))
}

func render(_ source: String, _ value: TemplateValue, partials: [String: String] = [:]) throws -> String {
    var templates = try partials.mapValues { try Template($0) }
    templates["main"] = try Template(source)
    return try TemplateLibrary(templates).render("main", with: value) ?? ""
}
