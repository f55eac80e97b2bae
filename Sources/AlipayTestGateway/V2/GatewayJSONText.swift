import Foundation

/// JSON text written field by field, so that answers keep Alipay's field order (`code`, `msg` first).
enum GatewayJSONText {
    /// `"text"` with JSON escapes; `/` is left as is, as Alipay signs it.
    static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // Encoding a String cannot fail.
        return String(decoding: try! encoder.encode(text), as: UTF8.self)
    }

    /// An object of string fields in the given order.
    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\(quoted($0.0)):\(quoted($0.1))" }.joined(separator: ",") + "}"
    }

    /// `object` with `fields` put first, then the members of `rest` (JSON object text) as they are.
    static func object(_ fields: [(String, String)], then rest: String) -> String {
        let head = object(fields)
        let inner = rest.trimmingCharacters(in: .whitespacesAndNewlines).dropFirst().dropLast()
        guard !inner.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return head }
        return head.dropLast() + "," + inner + "}"
    }
}
