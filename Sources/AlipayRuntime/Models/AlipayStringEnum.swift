/// A string enum that keeps values it does not know instead of failing to decode.
///
/// Generated enums list the values the spec names and an `unknown(String)` case; Alipay adds
/// new codes without notice, and a new code must not break a working integration. A string literal
/// is a value too (`"TRADE_SUCCESS"` is `.tradeSuccess`, `"NEW_VALUE"` is `.unknown("NEW_VALUE")`), so
/// code that passed a `String` where a field became an enum keeps compiling. In a query or path
/// parameter it is its raw value.
///
/// An enum writes each raw value once, in the switch of its `rawValue`, and lists its known cases in
/// `knownValues` (API for generated code only), which reads them back when a raw value is decoded. Two values are equal when their
/// raw values are, so `.unknown("TRADE_SUCCESS")` is `.tradeSuccess`: code that matched a value as
/// `unknown` keeps matching it when a later version of the SDK names it.
public protocol AlipayStringEnum: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral,
    AlipayParameterValue
where RawValue == String, StringLiteralType == String {
    /// The case whose raw value is `rawValue`, or `unknown(rawValue)`: never `nil`.
    init(rawValue: String)

    /// Every case the spec names.
    @_spi(Generated) static var knownValues: AlipayKnownValues<Self> { get }

    /// A value the spec does not name, kept as it came (the enum's `unknown` case).
    static func unknown(_ rawValue: String) -> Self
}

extension AlipayStringEnum {
    /// The case whose raw value is `rawValue`, or `unknown(rawValue)`.
    public init(rawValue: String) {
        self = Self.knownValues.value(forRawValue: rawValue) ?? .unknown(rawValue)
    }

    /// The value whose raw value is `value`: a known case, or `unknown(value)`.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// Whether the value is one the spec names (not `unknown`).
    public var isKnown: Bool {
        Self.knownValues.value(forRawValue: rawValue) != nil
    }

    /// Reads the value from a JSON string: a known case, or `unknown`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(rawValue: try container.decode(String.self))
    }

    /// Writes the raw value as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The raw value, as a query or path parameter sends it.
    public var parameterText: String { rawValue }
}

/// The typed body of an error response, decoded by the generated code's own types.
///
/// Each generated operation names its error type (the `default` response of the spec); the
/// runtime decodes an error body into it and hands it out in `AlipayAPIError.detail`.
public protocol AlipayErrorDetail: Decodable, Sendable {}

extension Never: AlipayErrorDetail {}

/// The JSON body of an operation whose spec declares none: `{}`, or nothing at all.
public struct AlipayEmptyBody: Codable, Hashable, Sendable {
    /// The empty body.
    public init() {}
}
