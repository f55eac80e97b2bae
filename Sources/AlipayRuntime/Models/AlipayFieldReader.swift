/// Reads the fields of an ``AlipayRequestModel`` from a decoder, each by the property that holds it,
/// under the key its entry in `AlipayFieldList.fields` names.
///
/// ```swift
/// public init(from decoder: any Decoder) throws {
///     let reader = try AlipayFieldReader<Self>(decoder)
///     self.storeId = try reader.decode(\.storeId)        // String?: nil when absent or null
///     self.outTradeNo = try reader.decode(\.outTradeNo)  // String: absent throws keyNotFound
/// }
/// ```
@_spi(Generated) public struct AlipayFieldReader<Model: AlipayFieldList> {
    private let container: KeyedDecodingContainer<AlipayCodingKey>

    /// Reads the JSON object `decoder` holds; anything else throws `DecodingError.typeMismatch`.
    public init(_ decoder: any Decoder) throws {
        container = try decoder.container(keyedBy: AlipayCodingKey.self)
    }

    /// A required field: absent throws `DecodingError.keyNotFound`, `null` `DecodingError.valueNotFound`.
    public func decode<Value: Decodable>(_ path: KeyPath<Model, Value>) throws -> Value {
        try container.decode(Value.self, forKey: key(of: path))
    }

    /// An optional field: `nil` when absent or `null`.
    public func decode<Value: Decodable>(_ path: KeyPath<Model, Value?>) throws -> Value? {
        try container.decodeIfPresent(Value.self, forKey: key(of: path))
    }

    private func key(of path: AnyKeyPath) throws -> AlipayCodingKey {
        guard let field = Model.fields.first(where: { $0.path == path }) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: container.codingPath,
                    debugDescription: "\(Model.self) lists no field for the property \(path)"))
        }
        return AlipayCodingKey(stringValue: field.key)
    }
}
