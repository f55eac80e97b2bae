/// A model of a request with required fields: a JSON object that has no empty value.
///
/// It lists its fields like ``AlipayModel``, required ones with `AlipayField(_:required:)`, and is
/// written and compared the same way. With nothing to start from, it decodes in its own
/// `init(from:)`, reading each property through an `AlipayFieldReader`: a required field that is
/// absent throws `DecodingError.keyNotFound`.
public protocol AlipayRequestModel: AlipayFieldList {}
