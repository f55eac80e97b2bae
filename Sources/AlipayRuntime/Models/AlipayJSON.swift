import Foundation

/// The JSON settings of the wire format.
package enum AlipayJSON {
    /// Encodes request models: default key order, slashes not escaped (models carry their own CodingKeys).
    package static func encode(_ value: any Encodable) throws(AlipayError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        do {
            let data = try encoder.encode(value)
            return String(decoding: data, as: UTF8.self)
        } catch {
            throw .requestEncoding(reason: "the body of type \(type(of: value)) does not encode as JSON: \(error)")
        }
    }
}
