/// The key of a model's field in JSON, made from its name: `AlipayField` decodes and encodes
/// with it.
package struct AlipayCodingKey: CodingKey, ExpressibleByStringLiteral, Sendable, Hashable {
    package let stringValue: String

    package init(stringValue: String) {
        self.stringValue = stringValue
    }

    package init(stringLiteral value: String) {
        self.stringValue = value
    }

    /// Alipay's bodies are JSON objects: no key is an integer.
    package var intValue: Int? { nil }

    package init?(intValue: Int) {
        nil
    }
}
