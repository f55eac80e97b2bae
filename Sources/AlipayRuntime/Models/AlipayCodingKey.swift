/// The key of a model's field in JSON, made from its name: ``AlipayField`` decodes and encodes
/// with it.
public struct AlipayCodingKey: CodingKey, ExpressibleByStringLiteral, Sendable, Hashable {
    public let stringValue: String

    public init(stringValue: String) {
        self.stringValue = stringValue
    }

    public init(stringLiteral value: String) {
        self.stringValue = value
    }

    /// Alipay's bodies are JSON objects: no key is an integer.
    public var intValue: Int? { nil }

    public init?(intValue: Int) {
        nil
    }
}
