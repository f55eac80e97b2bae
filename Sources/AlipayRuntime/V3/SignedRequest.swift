import Foundation

/// A request after signing: what goes on the wire, and what was signed.
@_spi(Benchmarks) public struct SignedRequest: Sendable, Hashable {
    /// The HTTP method.
    public var method: AlipayHTTPMethod
    /// The absolute URL: the server URL plus `requestURI`.
    public var url: URL
    /// The path and query exactly as sent and signed, e.g. `/v3/…/query?agreement_id=A1`.
    public var requestURI: String
    /// All headers, `Authorization` included.
    public var headers: AlipayHTTPHeaders
    /// The body bytes as sent, or `nil`.
    public var body: Data?
    /// `app_id=…[,app_cert_sn=…],nonce=…,timestamp=…`.
    public var authString: String
    /// The exact text that was signed.
    public var signContent: String
    /// The base64 signature.
    public var signature: String
    /// Whether the body was AES-encrypted (and so the response may be too).
    public var isEncrypted: Bool

    /// The request for a transport.
    public var httpRequest: AlipayHTTPRequest {
        AlipayHTTPRequest(method: method, url: url, headers: headers, body: body)
    }
}
