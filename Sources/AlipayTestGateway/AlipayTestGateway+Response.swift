import AlipayRuntime
import Foundation

extension AlipayTestGateway {
    /// What a route answers. The gateway signs it, and encrypts a 2xx body when the request was encrypted.
    public struct Response: Sendable {
        /// The HTTP status.
        public var status: Int
        /// The body before encryption.
        public var body: Data
        /// The `Content-Type` header.
        public var contentType: String
        /// Extra headers.
        public var headers: AlipayHTTPHeaders
        /// Faults applied to this response.
        public var faults: [Fault]

        /// An answer with the given status, body, content type, headers and faults.
        public init(
            status: Int = 200, body: Data = Data(), contentType: String = "application/json",
            headers: AlipayHTTPHeaders = [:], faults: [Fault] = []
        ) {
            self.status = status
            self.body = body
            self.contentType = contentType
            self.headers = headers
            self.faults = faults
        }

        /// A JSON answer encoded from `value`, e.g. `.json(["agreement_no": "2019…"])`.
        public static func json(_ value: some Encodable, status: Int = 200) -> Response {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            guard let data = try? encoder.encode(value) else {
                return .error(status: 500, code: "unknow-error", message: "the test route's answer does not encode")
            }
            return Response(status: status, body: data)
        }

        /// A JSON answer given as text.
        public static func json(text: String, status: Int = 200) -> Response {
            Response(status: status, body: Data(text.utf8))
        }

        /// An Alipay error answer: `{"code":…,"message":…[,"links":…]}`.
        public static func error(status: Int = 400, code: String, message: String, links: Links? = nil) -> Response {
            var text = "{\"code\":\(quoted(code)),\"message\":\(quoted(message))"
            switch links {
            case .text(let link)?:
                text += ",\"links\":\(quoted(link))"
            case .list(let list)?:
                let items = list.map { item in
                    "{\"link\":\(quoted(item.link))" + (item.desc.map { ",\"desc\":\(quoted($0))" } ?? "") + "}"
                }
                text += ",\"links\":[\(items.joined(separator: ","))]"
            case nil:
                break
            }
            return Response(status: status, body: Data((text + "}").utf8))
        }

        /// This response with `faults` added.
        public func with(_ faults: Fault...) -> Response {
            var copy = self
            copy.faults += faults
            return copy
        }

        private static func quoted(_ text: String) -> String {
            let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// The two shapes of `links` seen from Alipay: one string, or a list of `{link, desc}`.
    public enum Links: Sendable, Hashable {
        case text(String)
        case list([AlipayErrorLink])
    }

    /// A deliberate defect in a response, to test that clients notice.
    public enum Fault: Sendable, Hashable {
        /// The body is changed after signing (it stays valid JSON; v2: a field is added to the node, or
        /// a character of an encrypted node is changed).
        case tamperedBody
        /// A header is left out after signing: `alipay-signature`, `alipay-timestamp`, `alipay-nonce` or `alipay-sn`.
        case missingHeader(String)
        /// `alipay-sn` (v2: `alipay_cert_sn`) names a certificate the client does not know.
        case wrongCertificateSN
        /// The answer is held back this long.
        case delay(Duration)
        /// The head is sent at once, then the body one byte per `interval`: a server that is never
        /// silent for long but takes as long as it likes to finish.
        case trickle(interval: Duration)
        /// The answer is replaced by an unsigned HTTP 500 HTML page, as a load balancer sends.
        case htmlServerError
        /// The JSON body is cut in half before signing, as a broken server would send it (v2: the whole
        /// body, signature included, is cut in half).
        case truncatedJSON
        /// v2: a forged second copy of the node (another `trade_status`, or an extra field) follows the
        /// signed one; a JSON parser that keeps the last copy of a key reads the forged one.
        case duplicateNode
        /// v2: the answer carries no `sign` field.
        case unsignedResponse
        /// v2: the node is signed with plain `/` and sent with every `/` written `\/`, as Alipay has done;
        /// a correct client still accepts it.
        case escapedSlashes
    }
}
