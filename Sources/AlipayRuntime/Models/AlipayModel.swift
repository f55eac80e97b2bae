/// A model of the generated SDK: a JSON object whose fields are all optional.
///
/// A model lists its fields once, in `AlipayFieldList.fields`, and gets its `Codable` and
/// `Equatable` conformances from that list: a field that is absent or `null` decodes as `nil`, a
/// `nil` field is left out of the JSON, and two models are equal when every field is. Decoding starts
/// from ``init()`` and sets each field in turn.
public protocol AlipayModel: AlipayFieldList {
    /// A model whose fields are all `nil`.
    init()
}

extension AlipayModel {
    /// Reads the model from a JSON object: a field that is absent or `null` is `nil`.
    public init(from decoder: any Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: AlipayCodingKey.self)
        for field in Self.fields {
            try field.decode(&self, container)
        }
    }
}
