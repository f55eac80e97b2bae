import AlipayRuntime
import Foundation

extension AlipayTestGateway {
    /// A v2 (`gateway.do`) request that passed every check, as a route handler sees it.
    public struct V2Request: Sendable {
        /// The API name, e.g. `alipay.trade.query`.
        public var method: String
        /// Every parameter as received, decoded once: URL query and form body merged, `sign` included,
        /// `biz_content` as sent (the ciphertext when the request was encrypted).
        public var parameters: [String: String]
        /// The `biz_content` JSON, decrypted; `nil` when there is none.
        public var bizContent: String?
        /// Whether the request carried `encrypt_type=AES`.
        public var wasEncrypted: Bool
        /// `app_auth_token`, when sent.
        public var appAuthToken: String?
        /// `GET` or `POST`; `nil` for an order string handed over by `acceptOrderString(_:)`.
        public var httpMethod: String?
        /// The file parts of a multipart request (not signed).
        public var files: [AlipayFilePart]

        /// Decodes `biz_content` (`{}` when there is none).
        public func decodeBizContent<T: Decodable>(_ type: T.Type = T.self) throws -> T {
            try JSONDecoder().decode(type, from: Data((bizContent ?? "{}").utf8))
        }

        /// The business fields of `biz_content` that are strings or numbers (`9.9` read as `"9.9"`).
        var bizStrings: [String: String] {
            BusinessFields.strings(of: bizContent)
        }
    }
}
