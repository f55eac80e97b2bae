import Foundation

/// A verified (and, if it was encrypted, decrypted) answer from the v2 gateway.
public struct AlipayV2Response: Sendable, Hashable {
    /// The API that was called, e.g. `alipay.trade.query`.
    public var method: String
    /// The node's JSON text (`alipay_trade_query_response`'s object), after verification and decryption.
    public var body: Data
    /// The whole HTTP body as received.
    public var rawBody: Data
    /// The serial number of the Alipay certificate that signed the answer (certificate mode).
    public var alipayCertificateSerialNumber: String?
    /// The node's `code`: `10000` for success.
    public var code: String?
    /// The node's `msg`: `Success` for success.
    public var msg: String?

    /// A verified answer with the given fields.
    public init(
        method: String, body: Data, rawBody: Data, alipayCertificateSerialNumber: String? = nil, code: String? = nil,
        msg: String? = nil
    ) {
        self.method = method
        self.body = body
        self.rawBody = rawBody
        self.alipayCertificateSerialNumber = alipayCertificateSerialNumber
        self.code = code
        self.msg = msg
    }

    /// The node as UTF-8 text.
    public var text: String {
        String(decoding: body, as: UTF8.self)
    }

    /// Decodes the node as JSON; field names are the wire's (`trade_status`), so give types
    /// snake_case properties or `CodingKeys`, as the generated models have.
    public func decode<T: Decodable>(_ type: T.Type = T.self) throws(AlipayError) -> T {
        let response = AlipayResponse(status: 200, headers: [:], body: body, traceId: nil)
        return try response.decode(type)
    }
}
