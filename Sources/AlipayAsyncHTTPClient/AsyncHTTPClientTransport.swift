import AlipayRuntime
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A transport on AsyncHTTPClient (SwiftNIO), for servers that already run an `HTTPClient`.
///
/// ```swift
/// let client = try AlipayClient(config: config, transport: AsyncHTTPClientTransport())  // HTTPClient.shared
/// ```
/// The call's timeout is the request's deadline in AsyncHTTPClient, and the client cancels the
/// transfer when it passes, the body included. The request body is sent in one piece with its
/// length; the answer is collected in memory, up to `maximumResponseBytes`. Connection, DNS and TLS
/// failures become `AlipayError.transport` with a reason naming the host; nothing is logged.
public struct AsyncHTTPClientTransport: HTTPTransport {
    private let client: HTTPClient
    private let maximumResponseBytes: Int

    /// - Parameters:
    ///   - client: the client to send with; its connection pool, proxy and TLS settings apply. The
    ///     transport never shuts it down.
    ///   - maximumResponseBytes: a larger answer fails the call with `AlipayError.transport`.
    public init(client: HTTPClient = .shared, maximumResponseBytes: Int = 16 * 1024 * 1024) {
        self.client = client
        self.maximumResponseBytes = maximumResponseBytes
    }

    /// Sends `request` through the client, within `timeout`, and returns the whole answer.
    public func send(_ request: AlipayHTTPRequest, timeout: Duration) async throws -> AlipayHTTPResponse {
        let deadline = NIODeadline.now() + TimeAmount(timeout)
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = HTTPMethod(rawValue: request.method.rawValue)
        for field in request.headers {
            outgoing.headers.add(name: field.name, value: field.value)
        }
        if let body = request.body {
            outgoing.body = .bytes(body)
        }
        do {
            let response = try await client.execute(outgoing, deadline: deadline)
            let body = try await response.body.collect(upTo: maximumResponseBytes)
            // A cancelled read may end early; what it read is not the answer.
            try Task.checkCancellation()
            return AlipayHTTPResponse(
                status: Int(response.status.code), headers: Self.headers(of: response.headers),
                body: Data(body.readableBytesView))
        } catch {
            throw NIOFailure.thrown(
                for: error, timeout: timeout, endpoint: request.url.endpoint,
                maximumResponseBytes: maximumResponseBytes)
        }
    }

    private static func headers(of headers: HTTPHeaders) -> AlipayHTTPHeaders {
        var converted = AlipayHTTPHeaders()
        for (name, value) in headers {
            converted.add(name: name, value: value)
        }
        return converted
    }
}
