/// Decodes a body that the spec allows in several shapes (a `oneOf`), such as an operation's error
/// body: either Alipay's common error or the operation's own.
///
/// A generated union tries its members in a fixed order and keeps the first that fits: first each
/// member whose `code` decodes to a value the spec names, then each member that decodes at all,
/// and at last one member whose decoding error is the union's.
///
/// ```swift
/// var oneOf = try AlipayOneOf<Self>(decoder)
/// oneOf.knownCode(CommonErrorType.self, \.code, Self.commonErrorType)
/// oneOf.knownCode(PayErrorResponseModel.self, \.code, Self.errorResponseModel)
/// oneOf.decodes(PayErrorResponseModel.self, Self.errorResponseModel)
/// self = try oneOf.last(CommonErrorType.self, Self.commonErrorType)
/// ```
@_spi(Generated) public struct AlipayOneOf<Union> {
    private let container: any SingleValueDecodingContainer
    private var match: Union?

    /// Starts decoding the body that `decoder` holds.
    public init(_ decoder: any Decoder) throws {
        container = try decoder.singleValueContainer()
    }

    /// Takes the body as a `Member` when nothing fits yet, it decodes as one, and its `code` is a
    /// value the spec names.
    public mutating func knownCode<Member: Decodable, Code: AlipayStringEnum>(
        _ type: Member.Type, _ code: KeyPath<Member, Code?>, _ wrap: (Member) -> Union
    ) {
        guard match == nil, let member = try? container.decode(Member.self),
            member[keyPath: code]?.isKnown == true
        else { return }
        match = wrap(member)
    }

    /// Takes the body as a `Member` when nothing fits yet and it decodes as one.
    public mutating func decodes<Member: Decodable>(_ type: Member.Type, _ wrap: (Member) -> Union) {
        guard match == nil, let member = try? container.decode(Member.self) else { return }
        match = wrap(member)
    }

    /// What fits, or else the body as a `Member`: throws that member's decoding error when the body
    /// is not one either.
    public func last<Member: Decodable>(_ type: Member.Type, _ wrap: (Member) -> Union) throws -> Union {
        if let match {
            return match
        }
        return wrap(try container.decode(Member.self))
    }
}
