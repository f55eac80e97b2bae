import Foundation

/// Sends one HTTP request and returns the response as received, without interpreting it.
///
/// `AlipayClient` signs before and verifies after; a transport only moves bytes. The client makes
/// `timeout` a deadline for the whole exchange (connect, send, wait, receive): when it passes, the
/// task running `send` is cancelled and the call fails with `AlipayError.timeout`, so `send` must
/// stop the transfer when cancelled (throwing `CancellationError` or `URLError.cancelled`). It may
/// also apply `timeout` itself and throw `AlipayError.timeout` (`URLError.timedOut` is understood).
/// Throw `AlipayError.transport` with a reason a person can act on, naming the host but never the
/// URL's path or query (v2 calls carry their signature there); any other error becomes
/// `AlipayError.transport` with its type name.
public protocol HTTPTransport: Sendable {
    func send(_ request: AlipayHTTPRequest, timeout: Duration) async throws -> AlipayHTTPResponse
}

/// A request ready to go on the wire.
public struct AlipayHTTPRequest: Sendable, Hashable {
    /// The HTTP method.
    public var method: AlipayHTTPMethod
    /// The absolute URL, query included.
    public var url: URL
    /// Every header to send.
    public var headers: AlipayHTTPHeaders
    /// The body to send, or `nil`.
    public var body: Data?

    /// A request to send as it is.
    public init(method: AlipayHTTPMethod, url: URL, headers: AlipayHTTPHeaders, body: Data?) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// A response as received.
public struct AlipayHTTPResponse: Sendable, Hashable {
    /// The HTTP status.
    public var status: Int
    /// The headers as received.
    public var headers: AlipayHTTPHeaders
    /// The body as received.
    public var body: Data

    /// An answer as the transport received it.
    public init(status: Int, headers: AlipayHTTPHeaders, body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

extension URL {
    /// `host:port` (the scheme's port unless one is given), for error messages: never the path or query.
    package var endpoint: String {
        var host = self.host ?? "?"
        if host.contains(":") && !host.hasPrefix("[") { host = "[\(host)]" }  // IPv6 literal
        let port = self.port ?? (scheme?.lowercased() == "https" ? 443 : 80)
        return "\(host):\(port)"
    }
}
