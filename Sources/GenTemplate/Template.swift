/// A mustache template, parsed once and rendered any number of times.
///
/// Supported: variables (`{{name}}`, `{{{name}}}`, `{{& name}}`), dotted names, sections and
/// inverted sections over flags, lists, objects and text, comments, partials, set delimiters, and
/// the pragma `{{% CONTENT_TYPE: TEXT }}` that turns HTML escaping off for the rest of the
/// template. Tags alone on their line leave no blank line behind, as the mustache spec requires.
/// Inside a list section `-first`, `-last` and `-index` describe the current item.
public struct Template: Sendable {
    /// A partial tag: the template it includes and where the tag is.
    public struct PartialReference: Sendable, Equatable {
        /// The name of the included template.
        public let name: String
        /// The tag's 1-based line.
        public let line: Int
        /// The tag's 1-based column.
        public let column: Int
    }

    /// The nodes, laid out for rendering.
    let code: TemplateCode
    /// Every partial tag in the template, in source order.
    public let partials: [PartialReference]

    /// Parses `source`.
    /// - Throws: `TemplateError` at the first tag that cannot be read.
    public init(_ source: String) throws(TemplateError) {
        var parser = TemplateParser(source)
        code = TemplateCode(try parser.parse())
        partials = parser.partials
    }
}
