/// One piece of a parsed template.
enum TemplateNode: Sendable {
    /// Literal text, copied to the output.
    case text(String)
    /// `{{name}}` (escaped unless the content type is text) or `{{{name}}}` / `{{& name}}`.
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(TemplateName, inverted: Bool, body: [TemplateNode])
    /// `{{> name}}`; `indentation` is the whitespace before a partial tag that stands alone on its line.
    case partial(String, indentation: String)
    /// `{{% CONTENT_TYPE: TEXT }}` or `HTML`: whether the variables that follow are HTML-escaped.
    case contentType(escapesHTML: Bool)
}

/// A name in a tag: `.` (the current value), `a.b.c` (looked up from the innermost value out, then
/// down), or one of the list positions `-first`, `-last`, `-index`; with where its tag is.
struct TemplateName: Sendable, Equatable {
    let text: String
    let parts: [String]
    /// 1-based line and column of the tag.
    let line: Int
    let column: Int

    init(_ text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
        parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    var isCurrentValue: Bool { parts.isEmpty }

    /// Whether the name must be found on the current value alone (`.a`).
    var isAnchored: Bool { parts.count > 1 && parts[0].isEmpty }
}
