/// The `{code, message, links}` JSON body of a v3 error answer, with the codes one operation documents.
///
/// The generated SDK names one of these per operation (`typealias
/// ZhimaCreditPeZmgoCumulationSyncErrorResponseModel = AlipayErrorModel<...>`), so every
/// operation's error body is one type, written once, and `Model.Code` is the operation's code enum.
public struct AlipayErrorModel<ErrorCode: AlipayStringEnum>: AlipayModel, AlipayErrorDetail {
    /// The operation's error codes; `unknown` for a code the spec does not name.
    public typealias Code = ErrorCode

    /// Business error code.
    public var code: Code?
    /// Link to a page that helps resolve the error.
    public var links: String?
    /// Human-readable error message.
    public var message: String?

    /// An error body with the given code, links and message.
    public init(code: Code? = nil, links: String? = nil, message: String? = nil) {
        self.code = code
        self.links = links
        self.message = message
    }

    /// An error body whose fields are all `nil`.
    public init() {}

    /// `code`, `links` and `message`.
    @_spi(Generated) public static var fields: [AlipayField<Self>] {
        [AlipayField("code", \.code), AlipayField("links", \.links), AlipayField("message", \.message)]
    }
}
