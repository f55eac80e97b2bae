/// Per-call settings that every generated method accepts as `options:`.
public struct AlipayRequestOptions: Sendable {
    /// The `app_auth_token` of the merchant an ISV acts for; sent as `alipay-app-auth-token` and signed.
    public var appAuthToken: String?
    /// Extra headers, sent as given (not signed, as the protocol says).
    public var headers: [String: String]
    /// Extra query items, appended after the operation's own and signed with them.
    public var queryItems: [AlipayQueryItem]
    /// The `alipay-request-id` to send; a fresh UUID when `nil`.
    public var requestId: String?
    /// Overrides `AlipayConfig.timeout` for this call.
    public var timeout: Duration?

    /// Per-call settings; each one left out keeps the client's behavior.
    public init(
        appAuthToken: String? = nil,
        headers: [String: String] = [:],
        queryItems: [AlipayQueryItem] = [],
        requestId: String? = nil,
        timeout: Duration? = nil
    ) {
        self.appAuthToken = appAuthToken
        self.headers = headers
        self.queryItems = queryItems
        self.requestId = requestId
        self.timeout = timeout
    }
}
