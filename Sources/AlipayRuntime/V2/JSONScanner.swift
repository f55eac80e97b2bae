/// A strict JSON reader (RFC 8259) that reports where values are instead of building them.
///
/// The v2 reader needs the exact bytes of one member of the response object: those bytes are what
/// Alipay signed. Nesting is limited to `maximumDepth` and nothing recurses, so hostile input
/// cannot exhaust the stack.
struct JSONScanner {
    /// One member of an object: where its key literal (quotes included) and its value are.
    struct Member {
        var key: Range<Int>
        var value: Range<Int>
    }

    /// The members of an object, and those of one member's object value when asked for.
    struct Object {
        var members: [Member]
        /// The members of the first member whose key was `expanding`, if its value is an object.
        var expanded: [Member]?
    }

    struct Failure: Error {
        var offset: Int
        var reason: String
    }

    static let maximumDepth = 512

    private let bytes: UnsafeRawBufferPointer
    private var index: Int

    init(_ bytes: UnsafeRawBufferPointer, from start: Int = 0) {
        self.bytes = bytes
        self.index = start
    }

    /// Reads the object that is all of `bytes` (whitespace around it allowed) and returns its members
    /// in order, with offsets into `bytes`. Values are checked all the way down but not decoded;
    /// strings are checked to be UTF-8.
    /// - Parameters:
    ///   - bytes: the JSON text.
    ///   - expanding: a key whose object value's members are wanted too, in the same pass.
    /// - Returns: the object's members, in order.
    /// - Throws: a `Failure` at the first byte that is not valid JSON or not part of one object.
    static func object(_ bytes: UnsafeRawBufferPointer, expanding: [UInt8]? = nil) throws(Failure) -> Object {
        var scanner = JSONScanner(bytes)
        let object = try scanner.objectMembers(depth: 1, expanding: expanding)
        scanner.skipWhitespace()
        guard scanner.index == scanner.bytes.count else {
            throw Failure(offset: scanner.index, reason: "text after the end of the object")
        }
        return object
    }

    /// Whether the key literal at `range` spells `name`.
    static func key(in bytes: UnsafeRawBufferPointer, _ range: Range<Int>, is name: [UInt8]) -> Bool {
        let inner = (range.lowerBound + 1)..<(range.upperBound - 1)
        if inner.count == name.count, name.withUnsafeBytes({ $0.elementsEqual(bytes[inner]) }) { return true }
        // Escapes may spell the same key (`\u005f` for `_`); compare the decoded text then.
        guard bytes[inner].contains(backslash) else { return false }
        return string(in: bytes, range: range).map { Array($0.utf8) == name } ?? false
    }

    /// The text of a JSON string whose literal (quotes included) spans `range`.
    static func string(in bytes: UnsafeRawBufferPointer, range: Range<Int>) -> String? {
        guard range.count >= 2, bytes[range.lowerBound] == quote, bytes[range.upperBound - 1] == quote else {
            return nil
        }
        let inner = UnsafeRawBufferPointer(rebasing: bytes[(range.lowerBound + 1)..<(range.upperBound - 1)])
        if !inner.contains(backslash) { return String(validating: inner, as: UTF8.self) }
        return decodeEscapes(inner)
    }

    // MARK: - Objects and values

    private mutating func objectMembers(depth: Int, expanding: [UInt8]?) throws(Failure) -> Object {
        skipWhitespace()
        try expect(Self.openBrace, "an object")
        var object = Object(members: [], expanded: nil)
        skipWhitespace()
        if peek() == Self.closeBrace {
            index += 1
            return object
        }
        while true {
            skipWhitespace()
            let key = try stringLiteral()
            skipWhitespace()
            try expect(Self.colon, "':' after a key")
            skipWhitespace()
            let start = index
            if let expanding, object.expanded == nil, peek() == Self.openBrace,
                Self.key(in: bytes, key, is: expanding)
            {
                object.expanded = try objectMembers(depth: depth + 1, expanding: nil).members
            } else {
                try skipValue(depth: depth)
            }
            object.members.append(Member(key: key, value: start..<index))
            skipWhitespace()
            guard let next = next() else { throw failure("the object is not closed") }
            if next == Self.closeBrace { return object }
            guard next == Self.comma else { throw failure("',' or '}' expected", at: index - 1) }
        }
    }

    /// Skips one value without recursion; `depth` is the nesting of the value's container.
    private mutating func skipValue(depth: Int) throws(Failure) {
        var open: [UInt8] = []
        value: while true {
            skipWhitespace()
            guard let byte = peek() else { throw failure("a value is missing") }
            switch byte {
            case Self.openBrace, Self.openBracket:
                guard depth + open.count < Self.maximumDepth else {
                    throw failure("nesting deeper than \(Self.maximumDepth)")
                }
                index += 1
                skipWhitespace()
                let close = byte == Self.openBrace ? Self.closeBrace : Self.closeBracket
                if peek() == close {
                    index += 1
                } else {
                    open.append(byte)
                    if byte == Self.openBrace { try memberKey() }
                    continue value
                }
            case Self.quote:
                _ = try stringLiteral()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number()
            case UInt8(ascii: "t"):
                try literal("true")
            case UInt8(ascii: "f"):
                try literal("false")
            case UInt8(ascii: "n"):
                try literal("null")
            default:
                throw failure("unexpected character")
            }
            // After a value: close containers or move to the next element.
            while let container = open.last {
                skipWhitespace()
                guard let next = next() else { throw failure("a container is not closed") }
                if next == Self.comma {
                    if container == Self.openBrace { try memberKey() }
                    continue value
                }
                guard next == (container == Self.openBrace ? Self.closeBrace : Self.closeBracket) else {
                    throw failure("',' or a closing bracket expected", at: index - 1)
                }
                open.removeLast()
            }
            return
        }
    }

    /// A key and its colon inside a skipped object.
    private mutating func memberKey() throws(Failure) {
        skipWhitespace()
        _ = try stringLiteral()
        skipWhitespace()
        try expect(Self.colon, "':' after a key")
    }

    /// A string literal, checked; returns its range including the quotes.
    private mutating func stringLiteral() throws(Failure) -> Range<Int> {
        let start = index
        try expect(Self.quote, "a string")
        while let byte = next() {
            switch byte {
            case Self.quote:
                return start..<index
            case Self.backslash:
                guard let escaped = next() else { break }
                switch escaped {
                case Self.quote, Self.backslash, UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    continue
                case UInt8(ascii: "u"):
                    let unit = try hexEscape()
                    if (0xDC00..<0xE000).contains(unit) { throw failure("a lone low surrogate", at: index - 6) }
                    if (0xD800..<0xDC00).contains(unit) {
                        // A high surrogate must be followed by a low one, as JSON parsers require.
                        guard next() == Self.backslash, next() == UInt8(ascii: "u"),
                            (0xDC00..<0xE000).contains(try hexEscape())
                        else { throw failure("a lone high surrogate", at: start) }
                    }
                default:
                    throw failure("an invalid escape", at: index - 2)
                }
            case 0..<0x20:
                throw failure("a control character inside a string", at: index - 1)
            case 0x80...:
                try utf8Sequence(lead: byte)
            default:
                continue
            }
        }
        throw failure("a string is not closed", at: start)
    }

    /// The continuation bytes of a multi-byte UTF-8 sequence (RFC 3629: no overlong forms, no
    /// surrogates, nothing above U+10FFFF).
    private mutating func utf8Sequence(lead: UInt8) throws(Failure) {
        let start = index - 1
        let (count, lower, upper): (Int, UInt8, UInt8)
        switch lead {
        case 0xC2...0xDF: (count, lower, upper) = (1, 0x80, 0xBF)
        case 0xE0: (count, lower, upper) = (2, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (count, lower, upper) = (2, 0x80, 0xBF)
        case 0xED: (count, lower, upper) = (2, 0x80, 0x9F)
        case 0xF0: (count, lower, upper) = (3, 0x90, 0xBF)
        case 0xF1...0xF3: (count, lower, upper) = (3, 0x80, 0xBF)
        case 0xF4: (count, lower, upper) = (3, 0x80, 0x8F)
        default: throw failure("text that is not UTF-8", at: start)
        }
        guard let second = next(), second >= lower, second <= upper else {
            throw failure("text that is not UTF-8", at: start)
        }
        for _ in 1..<count {
            guard let byte = next(), byte & 0xC0 == 0x80 else { throw failure("text that is not UTF-8", at: start) }
        }
    }

    /// The four hex digits after `\u`.
    private mutating func hexEscape() throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = next(), let nibble = Self.hexValue(digit) else {
                throw failure("a \\u escape needs four hex digits")
            }
            value = value << 4 | nibble
        }
        return value
    }

    /// A number; one beyond the range of a Double is refused, as JSON parsers refuse it.
    private mutating func number() throws(Failure) {
        let start = index
        try numberSyntax()
        let length = index - start
        let hasExponent = bytes[start..<index].contains { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
        guard hasExponent || length > 300 else { return }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw failure("a number beyond the range of a Double", at: start)
        }
    }

    private mutating func numberSyntax() throws(Failure) {
        if peek() == UInt8(ascii: "-") { index += 1 }
        guard let first = next(), Self.isDigit(first) else { throw failure("a number needs a digit") }
        if first != UInt8(ascii: "0") { skipDigits() }
        if peek() == UInt8(ascii: ".") {
            index += 1
            guard let digit = peek(), Self.isDigit(digit) else { throw failure("a digit must follow '.'") }
            skipDigits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            guard let digit = peek(), Self.isDigit(digit) else { throw failure("an exponent needs a digit") }
            skipDigits()
        }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let start = index
        for expected in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
            guard next() == expected else { throw failure("an invalid literal", at: start) }
        }
    }

    // MARK: - Bytes

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func skipDigits() {
        while let byte = peek(), Self.isDigit(byte) { index += 1 }
    }

    private func peek() -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private mutating func next() -> UInt8? {
        guard index < bytes.count else { return nil }
        defer { index += 1 }
        return bytes[index]
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
        guard next() == byte else { throw failure("\(what) expected", at: index - 1) }
    }

    private func failure(_ reason: String, at offset: Int? = nil) -> Failure {
        Failure(offset: offset ?? index, reason: reason)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Decodes the escapes of a checked string body; lone surrogates become U+FFFD, as JSON parsers do.
    private static func decodeEscapes(_ inner: UnsafeRawBufferPointer) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(inner.count)
        var position = 0
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= inner.count else { return nil }
            var value: UInt32 = 0
            for offset in 0..<4 {
                guard let digit = hexValue(inner[at + offset]) else { return nil }
                value = value << 4 | digit
            }
            return value
        }
        while position < inner.count {
            let byte = inner[position]
            guard byte == backslash, position + 1 < inner.count else {
                output.append(byte)
                position += 1
                continue
            }
            let escaped = inner[position + 1]
            position += 2
            switch escaped {
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(position) else { return nil }
                position += 4
                if (0xD800..<0xDC00).contains(scalar), position + 6 <= inner.count, inner[position] == backslash,
                    inner[position + 1] == UInt8(ascii: "u"), let low = hex4(position + 2),
                    (0xDC00..<0xE000).contains(low)
                {
                    scalar = 0x10000 + (scalar - 0xD800) << 10 + (low - 0xDC00)
                    position += 6
                }
                let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                output.append(contentsOf: Array(String(character).utf8))
            default: output.append(escaped)
            }
        }
        return String(validating: output, as: UTF8.self)
    }

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")
    private static let colon = UInt8(ascii: ":")
    private static let comma = UInt8(ascii: ",")
    private static let openBrace = UInt8(ascii: "{")
    private static let closeBrace = UInt8(ascii: "}")
    private static let openBracket = UInt8(ascii: "[")
    private static let closeBracket = UInt8(ascii: "]")
}
