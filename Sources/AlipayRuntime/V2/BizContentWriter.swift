import Foundation

/// Writes a generated model as `biz_content` straight from its field table: compact JSON, keys
/// sorted, slashes and non-ASCII text as is: the same bytes `JSONEncoder` writes with
/// `[.sortedKeys, .withoutEscapingSlashes]`, without its intermediate containers.
///
/// Strings, integers, booleans, string enums, nested models and arrays of them are written directly;
/// any other value (a `Double`, an `AlipayJSONValue`, a one-of) is handed to `JSONEncoder` alone.
package struct BizContentWriter {
    private var bytes: [UInt8] = []
    /// Whether the object being written has no member yet.
    private var isFirstMember = true

    /// The JSON text of `model`.
    package static func json(_ model: some AlipayFieldList) throws(AlipayError) -> String {
        var writer = BizContentWriter()
        writer.bytes.reserveCapacity(256)
        try writer.object(model)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Writes `"key":value` into the object being written.
    mutating func member(_ key: String, _ value: some Any) throws(AlipayError) {
        if !isFirstMember {
            bytes.append(UInt8(ascii: ","))
        }
        isFirstMember = false
        string(key)
        bytes.append(UInt8(ascii: ":"))
        try self.value(value)
    }

    private mutating func object<Model: AlipayFieldList>(_ model: Model) throws(AlipayError) {
        let fields = Model.fields
        let outer = isFirstMember
        isFirstMember = true
        bytes.append(UInt8(ascii: "{"))
        // Generated tables list their keys sorted; the order is checked while writing, and a table
        // that is not sorted is written again in key order.
        let start = bytes.count
        var previousKey: String?
        var isSorted = true
        for field in fields {
            if let previousKey, !previousKey.utf8.lexicographicallyPrecedes(field.key.utf8) {
                isSorted = false
                break
            }
            previousKey = field.key
            try field.writeJSON(model, &self)
        }
        if !isSorted {
            bytes.removeSubrange(start...)
            isFirstMember = true
            for field in fields.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                try field.writeJSON(model, &self)
            }
        }
        bytes.append(UInt8(ascii: "}"))
        isFirstMember = outer
    }

    private mutating func value(_ value: some Any) throws(AlipayError) {
        switch value {
        case let text as String:
            string(text)
        case let number as Int:
            bytes.append(contentsOf: String(number).utf8)
        case let number as Int64:
            bytes.append(contentsOf: String(number).utf8)
        case let number as Int32:
            bytes.append(contentsOf: String(number).utf8)
        case let flag as Bool:
            bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case let model as any AlipayFieldList:
            try object(model)
        case let enumeration as any AlipayStringEnum:
            string(enumeration.rawValue)
        case let list as [Any]:
            bytes.append(UInt8(ascii: "["))
            for (index, element) in list.enumerated() {
                if index > 0 {
                    bytes.append(UInt8(ascii: ","))
                }
                try self.value(element)
            }
            bytes.append(UInt8(ascii: "]"))
        case let other as any Encodable:
            try fragment(other)
        default:
            throw .requestEncoding(reason: "a biz_content field of type \(type(of: value)) is not Encodable")
        }
    }

    /// A value without a direct writer, as `JSONEncoder` writes it.
    private mutating func fragment(_ value: any Encodable) throws(AlipayError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            bytes.append(contentsOf: try encoder.encode(value))
        } catch {
            throw .requestEncoding(reason: "a biz_content field of type \(type(of: value)) does not encode: \(error)")
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A JSON string: `"` and `\` escaped, control characters as `\n`-style or `\u00xx` escapes.
    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x00..<0x20:
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0x0F)])
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
