/// A JSON object that lists its fields once and gets its `Encodable` and `Equatable` conformances
/// from that list: an optional field that is `nil` is left out of the JSON, a required one is always
/// written, and two values are equal when every field is.
///
/// Generated models conform through ``AlipayModel`` (every field optional) or ``AlipayRequestModel``
/// (some fields required). The list, `fields`, is API for generated code only
/// (`@_spi(Generated) import AlipayRuntime`).
public protocol AlipayFieldList: Codable, Equatable, Sendable {
    /// The fields in the order the spec lists them: each one's JSON key and property.
    @_spi(Generated) static var fields: [AlipayField<Self>] { get }
}

extension AlipayFieldList {
    /// Writes every field: an optional one that is `nil` is left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AlipayCodingKey.self)
        for field in Self.fields {
            try field.encode(self, &container)
        }
    }

    /// Whether every field of the two values is equal.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        fields.allSatisfy { $0.isEqual(lhs, rhs) }
    }
}
