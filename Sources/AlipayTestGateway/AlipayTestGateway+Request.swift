import AlipayRuntime
import Foundation

extension AlipayTestGateway {
    /// A request that passed every check, decrypted and decoded, as a route handler sees it.
    public struct Request: Sendable {
        /// The HTTP method.
        public var method: AlipayHTTPMethod
        /// The path as sent (percent-encoded), without the query.
        public var path: String
        /// Values of the route's `{name}` segments, percent-decoded.
        public var pathParameters: [String: String]
        /// The query items, percent-decoded, in order.
        public var query: [AlipayQueryItem]
        /// All request headers.
        public var headers: AlipayHTTPHeaders
        /// The JSON body (for multipart, the `data` part), decrypted; `nil` when there is none.
        public var body: String?
        /// The file parts of a multipart request.
        public var files: [AlipayFilePart]
        /// `alipay-app-auth-token`, when sent.
        public var appAuthToken: String?
        /// `alipay-request-id`.
        public var requestId: String
        /// Whether the body arrived AES-encrypted.
        public var wasEncrypted: Bool

        /// The value of query item `name`.
        public func queryValue(_ name: String) -> String? {
            query.first { $0.name == name }?.value
        }

        /// Decodes the JSON body (`{}` when there is none).
        public func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
            try JSONDecoder().decode(type, from: Data((body ?? "{}").utf8))
        }
    }

    /// A request the gateway refused, and the answer it gave.
    public struct Rejection: Sendable, Hashable {
        /// The HTTP status of the answer.
        public var status: Int
        /// The error code of the answer.
        public var code: String
        /// The error message of the answer.
        public var message: String
    }
}
