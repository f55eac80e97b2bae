import Foundation

/// Sends one HTTP request and returns the response as received, without interpreting it.
///
/// `AlipayClient` signs before and verifies after; a transport only moves bytes. Implementations must
/// honour `timeout` and should throw `AlipayError.timeout` when it passes (`URLError.timedOut` is
/// also understood). Any other thrown error becomes `AlipayError.transport`.
public protocol HTTPTransport: Sendable {
    func send(_ request: AlipayHTTPRequest, timeout: Duration) async throws -> AlipayHTTPResponse
}

/// A request ready to go on the wire.
public struct AlipayHTTPRequest: Sendable, Hashable {
    public var method: AlipayHTTPMethod
    public var url: URL
    public var headers: AlipayHTTPHeaders
    public var body: Data?

    public init(method: AlipayHTTPMethod, url: URL, headers: AlipayHTTPHeaders, body: Data?) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// A response as received.
public struct AlipayHTTPResponse: Sendable, Hashable {
    public var status: Int
    public var headers: AlipayHTTPHeaders
    public var body: Data

    public init(status: Int, headers: AlipayHTTPHeaders, body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
