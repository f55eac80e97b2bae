import Foundation

extension AlipayTestGateway {
    /// What a v2 route answers: the `<method>_response` node. The gateway signs it, adds `alipay_cert_sn`
    /// in certificate mode, and encrypts it when the request was encrypted.
    public struct V2Response: Sendable {
        /// The node's JSON text, exactly as signed (before encryption).
        public var node: String
        /// Faults applied to this answer.
        public var faults: [Fault]

        /// A node given as JSON text, with `faults`.
        public init(node: String, faults: [Fault] = []) {
            self.node = node
            self.faults = faults
        }

        /// `code` `10000`, `msg` `Success`, then the members of `fields`, which must encode as a JSON
        /// object (keys sorted), e.g. `.success(["trade_no": "2024…", "trade_status": "TRADE_SUCCESS"])`.
        public static func success(_ fields: some Encodable) -> V2Response {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            guard let data = try? encoder.encode(fields), data.first == UInt8(ascii: "{") else {
                return V2Response(
                    node: V2Rejection.unavailable("the test route's answer is not a JSON object").nodeJSON())
            }
            let text = String(decoding: data, as: UTF8.self)
            return V2Response(node: GatewayJSONText.object([("code", "10000"), ("msg", "Success")], then: text))
        }

        /// `code` `40004`, `msg` `Business Failed`, `sub_code`, `sub_msg`, then `fields` (keys sorted).
        public static func businessError(subCode: String, subMsg: String, fields: [String: String] = [:]) -> V2Response
        {
            let extra = fields.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { ($0.key, $0.value) }
            return V2Response(node: V2Rejection.business(subCode, subMsg).nodeJSON(extra: extra))
        }

        /// The node exactly as given, e.g. `.node(text: #"{"code":"10000","msg":"Success"}"#)`.
        public static func node(text: String) -> V2Response {
            V2Response(node: text)
        }

        /// This answer with `faults` added.
        public func with(_ faults: Fault...) -> V2Response {
            var copy = self
            copy.faults += faults
            return copy
        }
    }
}
