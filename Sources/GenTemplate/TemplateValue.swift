/// A value a template is rendered with: text, a flag, a list, an object of named values, or none.
///
/// Contexts are plain values, so looking up a name while rendering is a search of a small
/// ``TemplateObject`` and a switch, with no reflection or dynamic casts. A name the context does not
/// have is an error when a template uses it; a value the model may lack is a key whose value is
/// ``null``.
public enum TemplateValue: Sendable, Equatable {
    case text(String)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)
    /// A value that is there but empty: a variable renders nothing, a section is skipped, an inverted
    /// section is shown, and a dotted name that goes through it is `null` too.
    case null

    /// A list of texts, such as the lines of a block.
    public static func lines(_ lines: [String]) -> TemplateValue {
        .list(lines.map(TemplateValue.text))
    }

    /// A list of objects.
    public static func objects(_ objects: [TemplateObject]) -> TemplateValue {
        .list(objects.map(TemplateValue.object))
    }

    /// A number, rendered in decimal.
    public static func number(_ value: Int) -> TemplateValue {
        .text(String(value))
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    /// The text of a string literal.
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    /// The flag of a Boolean literal.
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    /// The list of an array literal.
    public init(arrayLiteral elements: TemplateValue...) {
        self = .list(elements)
    }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// The object of a dictionary literal, whose keys must differ (see ``TemplateObject``).
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(TemplateObject(elements))
    }
}
