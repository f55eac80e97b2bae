/// A model of the generated SDK: a JSON object whose fields are all optional.
///
/// A model lists its fields once, in ``fields``, and gets its `Codable` and `Equatable`
/// conformances from that list: a field that is absent or `null` decodes as `nil`, a `nil` field
/// is left out of the JSON, and two models are equal when every field is.
public protocol AlipayModel: Codable, Equatable, Sendable {
    /// A model whose fields are all `nil`.
    init()

    /// The model's fields in the order the spec lists them: each one's JSON key and property.
    static var fields: [AlipayField<Self>] { get }
}

extension AlipayModel {
    public init(from decoder: any Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: AlipayCodingKey.self)
        for field in Self.fields {
            try field.decode(&self, container)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AlipayCodingKey.self)
        for field in Self.fields {
            try field.encode(self, &container)
        }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        fields.allSatisfy { $0.isEqual(lhs, rhs) }
    }
}
