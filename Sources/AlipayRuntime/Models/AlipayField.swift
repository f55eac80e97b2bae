/// One field of an ``AlipayFieldList``: its key in the JSON object and the property that holds it.
///
/// Generated models list theirs as `AlipayField("out_order_no", \.outOrderNo)` (an optional
/// property) or `AlipayField("out_trade_no", required: \.outTradeNo)`. One generic implementation
/// reads, writes and compares every field, so that a model's conformances are not code of its own
/// that the compiler has to check and compile again for each of the SDK's thousands of models.
@_spi(Generated) public struct AlipayField<Model>: Sendable {
    /// The field's key in the JSON object.
    public let key: String
    /// The property that holds the field.
    let path: AnyKeyPath & Sendable
    let decode: @Sendable (inout Model, KeyedDecodingContainer<AlipayCodingKey>) throws -> Void
    let encode: @Sendable (Model, inout KeyedEncodingContainer<AlipayCodingKey>) throws -> Void
    let isEqual: @Sendable (Model, Model) -> Bool
    /// Writes `"key":value` to a `biz_content` writer, or nothing for a `nil` optional field.
    let writeJSON: @Sendable (Model, inout BizContentWriter) throws(AlipayError) -> Void

    /// The optional field under `key`, held by the property at `path`: absent or `null` decodes as
    /// `nil`, and `nil` is left out of the JSON.
    public init<Value: Codable & Equatable & Sendable>(
        _ key: String, _ path: WritableKeyPath<Model, Value?> & Sendable
    ) {
        self.key = key
        self.path = path
        let codingKey = AlipayCodingKey(stringValue: key)
        decode = { model, container in
            model[keyPath: path] = try container.decodeIfPresent(Value.self, forKey: codingKey)
        }
        encode = { model, container in
            try container.encodeIfPresent(model[keyPath: path], forKey: codingKey)
        }
        isEqual = { lhs, rhs in
            lhs[keyPath: path] == rhs[keyPath: path]
        }
        writeJSON = { (model, writer) throws(AlipayError) in
            if let value = model[keyPath: path] {
                try writer.member(key, value)
            }
        }
    }

    /// The required field under `key`, held by the property at `path`: absent throws
    /// `DecodingError.keyNotFound`, and it is always written.
    public init<Value: Codable & Equatable & Sendable>(
        _ key: String, required path: WritableKeyPath<Model, Value> & Sendable
    ) {
        self.key = key
        self.path = path
        let codingKey = AlipayCodingKey(stringValue: key)
        decode = { model, container in
            model[keyPath: path] = try container.decode(Value.self, forKey: codingKey)
        }
        encode = { model, container in
            try container.encode(model[keyPath: path], forKey: codingKey)
        }
        isEqual = { lhs, rhs in
            lhs[keyPath: path] == rhs[keyPath: path]
        }
        writeJSON = { (model, writer) throws(AlipayError) in
            try writer.member(key, model[keyPath: path])
        }
    }
}
