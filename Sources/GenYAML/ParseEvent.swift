/// One libyaml event, copied out of libyaml's memory.
struct ParseEvent: Sendable {
    /// An event to be filled in by `EventParser.next(into:)`.
    static var empty: ParseEvent {
        ParseEvent(
            kind: .streamEnd, text: "", style: .plain, isFlow: false, tag: nil, anchor: nil, line: 0, column: 0,
            endLine: 0)
    }

    enum Kind: Sendable {
        case scalar
        case sequenceStart
        case mappingStart
        case collectionEnd
        case alias
        case documentStart
        case streamEnd
    }

    var kind: Kind
    /// A scalar's value or an alias's anchor name; empty for other events.
    var text: String
    var style: Scalar.Style
    /// Whether a collection is written in flow style (`[a, b]`, `{a: b}`).
    var isFlow: Bool
    /// The explicit tag in short form (`!!str`), for scalars and collections.
    var tag: String?
    /// The anchor a scalar or collection defines.
    var anchor: String?
    /// Where the event starts, 1-based.
    var line: Int
    var column: Int
    /// The line where the event ends, 1-based.
    var endLine: Int

    /// Whether this is an empty, plain, untagged scalar: what libyaml reports for a missing value.
    var isMissingValue: Bool {
        kind == .scalar && text.isEmpty && style == .plain && tag == nil
    }
}
