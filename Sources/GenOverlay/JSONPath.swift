/// The part of JSONPath (RFC 9535) that overlay targets may use.
///
/// - `$`: the document's root;
/// - `.name`: a key of letters, digits, `_`, `-` and `$`; `['any key']` or `["any key"]`: any key
///   (`\'`, `\"` and `\\` escape);
/// - `.*` or `[*]`: every value of a mapping or item of a sequence;
/// - `[2]`: one item of a sequence (from 0; negative counts from the end);
/// - `[?(@.name == 'value')]` (also without the parentheses, and `@['name']`): the items of a
///   sequence, or values of a mapping, that are mappings whose `name` is the string `value`.
///
/// Recursive descent (`..`), slices, unions and other filters are refused with the position of
/// the character where they start.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// One step from a node to some of its children.
    public enum Segment: Sendable, Hashable {
        case key(String)
        case wildcard
        case index(Int)
        case filter(key: String, equals: String)
    }

    /// The segments, in order.
    public var segments: [Segment]
    /// The text it was read from.
    public var description: String

    /// A path that cannot be read, with the 0-based offset in its text of the character at fault.
    public struct SyntaxError: Error, Sendable, Hashable {
        /// The 0-based offset of the character at fault.
        public var offset: Int
        /// What is wrong.
        public var message: String
    }

    /// Reads `text`.
    public init(_ text: String) throws(SyntaxError) {
        var reader = PathReader(Array(text.unicodeScalars))
        segments = try reader.readPath()
        description = text
    }
}

/// Reads a JSONPath one character at a time.
private struct PathReader {
    private let characters: [Unicode.Scalar]
    private var position = 0

    init(_ characters: [Unicode.Scalar]) {
        self.characters = characters
    }

    private var current: Unicode.Scalar? {
        position < characters.count ? characters[position] : nil
    }

    private func failure(_ message: String) -> JSONPath.SyntaxError {
        JSONPath.SyntaxError(offset: position, message: message)
    }

    private mutating func expect(_ character: Unicode.Scalar) throws(JSONPath.SyntaxError) {
        guard current == character else {
            throw failure("expected '\(character)'" + (current.map { ", found '\($0)'" } ?? " at the end"))
        }
        position += 1
    }

    private mutating func skipSpaces() {
        while current == " " {
            position += 1
        }
    }

    mutating func readPath() throws(JSONPath.SyntaxError) -> [JSONPath.Segment] {
        guard current == "$" else {
            throw failure("a target starts with '$', the document's root")
        }
        position += 1
        var segments: [JSONPath.Segment] = []
        while let character = current {
            switch character {
            case ".":
                position += 1
                if current == "." {
                    throw failure("recursive descent ('..') is not supported; name each key")
                }
                if current == "*" {
                    position += 1
                    segments.append(.wildcard)
                } else {
                    segments.append(.key(try readName()))
                }
            case "[":
                position += 1
                segments.append(try readBracket())
            default:
                throw failure("expected '.' or '[' after a segment, found '\(character)'")
            }
        }
        return segments
    }

    private static func isNameCharacter(_ character: Unicode.Scalar) -> Bool {
        guard character.isASCII else {
            // Unicode's property tables are slow to consult; keys are nearly always ASCII.
            return character.properties.isAlphabetic
        }
        switch UInt8(character.value) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "$"):
            return true
        default:
            return false
        }
    }

    private mutating func readName() throws(JSONPath.SyntaxError) -> String {
        let start = position
        while let character = current, Self.isNameCharacter(character) {
            position += 1
        }
        guard position > start else {
            throw failure("expected a key after '.'; use ['...'] for keys with other characters")
        }
        return Self.text(characters[start..<position])
    }

    /// The text of `scalars`. (Appending them to a `String.UnicodeScalarView` costs thousands of
    /// instructions a call, which added up to a third of reading an overlay.)
    private static func text<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> String {
        var bytes: [UInt8] = []
        for scalar in scalars {
            UTF8.encode(scalar) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func readBracket() throws(JSONPath.SyntaxError) -> JSONPath.Segment {
        skipSpaces()
        let segment: JSONPath.Segment
        switch current {
        case "'", "\"":
            segment = .key(try readQuoted())
        case "*":
            position += 1
            segment = .wildcard
        case "?":
            position += 1
            segment = try readFilter()
        case let character? where ("0"..."9").contains(character) || character == "-":
            segment = .index(try readInteger())
        default:
            throw failure("expected a quoted key, '*', an index or a filter '?(...)' after '['")
        }
        skipSpaces()
        try expect("]")
        return segment
    }

    private mutating func readQuoted() throws(JSONPath.SyntaxError) -> String {
        guard let quote = current else {
            throw failure("expected a quoted string")
        }
        position += 1
        var text: [Unicode.Scalar] = []
        while let character = current, character != quote {
            if character == "\\" {
                position += 1
                guard let escaped = current, escaped == "'" || escaped == "\"" || escaped == "\\" else {
                    throw failure("only \\', \\\" and \\\\ are escapes in a quoted key")
                }
                text.append(escaped)
            } else {
                text.append(character)
            }
            position += 1
        }
        guard current == quote else {
            throw failure("the quoted string is not closed")
        }
        position += 1
        return Self.text(text)
    }

    private mutating func readInteger() throws(JSONPath.SyntaxError) -> Int {
        let start = position
        if current == "-" {
            position += 1
        }
        while let character = current, ("0"..."9").contains(character) {
            position += 1
        }
        guard let value = Int(Self.text(characters[start..<position])) else {
            position = start
            throw failure("expected an index")
        }
        if current == ":" || current == "," {
            throw failure("slices and unions are not supported; give one index")
        }
        return value
    }

    /// `?(@.key == 'value')` or `?@.key == 'value'`, with `@['key']` for any key.
    private mutating func readFilter() throws(JSONPath.SyntaxError) -> JSONPath.Segment {
        skipSpaces()
        let parenthesized = current == "("
        if parenthesized {
            position += 1
            skipSpaces()
        }
        try expect("@")
        let key: String
        if current == "[" {
            position += 1
            skipSpaces()
            key = try readQuoted()
            skipSpaces()
            try expect("]")
        } else {
            try expect(".")
            key = try readName()
        }
        skipSpaces()
        guard current == "=", position + 1 < characters.count, characters[position + 1] == "=" else {
            throw failure("only filters of the form ?(@.key == 'value') are supported")
        }
        position += 2
        skipSpaces()
        guard current == "'" || current == "\"" else {
            throw failure("a filter compares with a quoted string")
        }
        let value = try readQuoted()
        skipSpaces()
        if parenthesized {
            try expect(")")
        }
        return .filter(key: key, equals: value)
    }
}
