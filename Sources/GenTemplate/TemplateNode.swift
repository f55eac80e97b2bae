import Synchronization

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
///
/// What a render asks of a name for every tag is worked out once, when the template is read. A
/// class, so that the nodes that hold it copy one reference, not its strings.
///
/// A tag is rendered with contexts of one kind again and again, whose names come in the same order:
/// where its first part was found last is tried first.
final class TemplateName: Sendable, Equatable {
    /// A list position a name can stand for.
    enum ListPosition: Sendable {
        case first, last, index
    }

    let text: String
    let parts: [String]
    /// 1-based line and column of the tag.
    let line: Int
    let column: Int
    /// The first part, and its length in UTF-8 bytes; empty for `.`.
    let first: String
    let firstLength: Int
    /// Whether the name must be found on the current value alone (`.a`).
    let isAnchored: Bool
    /// The list position `-first`, `-last` or `-index` stands for.
    let listPosition: ListPosition?
    /// The position in its object where the first part was last found; renders on several threads
    /// share it, and any value is only a guess that a lookup checks.
    let lastPosition = Atomic<Int>(0)

    init(_ text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
        parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        first = parts.first ?? ""
        firstLength = first.utf8.count
        isAnchored = parts.count > 1 && parts[0].isEmpty
        switch first {
        case "-first": listPosition = .first
        case "-last": listPosition = .last
        case "-index": listPosition = .index
        default: listPosition = nil
        }
    }

    var isCurrentValue: Bool { parts.isEmpty }

    static func == (lhs: TemplateName, rhs: TemplateName) -> Bool {
        (lhs.text, lhs.line, lhs.column) == (rhs.text, rhs.line, rhs.column)
    }
}
