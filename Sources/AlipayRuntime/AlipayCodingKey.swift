/// The key of a model's field on the wire. Generated models decode and encode their fields with it,
/// written as string literals: `forKey: "out_order_no"`.
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

extension KeyedDecodingContainer where Key == AlipayCodingKey {
    /// The field named `key`, or `nil` when it is absent or `null`: what generated models read
    /// every field with. One generic method, so that each call is quick to type-check.
    @inlinable
    public func decodeField<Value: Decodable>(_ key: AlipayCodingKey) throws -> Value? {
        try decodeIfPresent(Value.self, forKey: key)
    }
}

extension KeyedEncodingContainer where Key == AlipayCodingKey {
    /// Writes `value` under `key`, or nothing when it is `nil`: what generated models write every
    /// field with.
    @inlinable
    public mutating func encodeField<Value: Encodable>(_ value: Value?, _ key: AlipayCodingKey) throws {
        try encodeIfPresent(value, forKey: key)
    }
}
