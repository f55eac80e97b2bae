/// Everything that can go wrong in a call to Alipay, one case per cause.
///
/// No case carries a key, a certificate's private part or an AES key, and neither does any description.
public enum AlipayError: Error, Sendable, CustomStringConvertible {
    /// Alipay answered with a non-2xx status and a readable error body (`code`, `message`, `links`).
    case api(AlipayAPIError)
    /// A signature header (`alipay-signature`, `alipay-timestamp`, `alipay-nonce`, or `alipay-sn` in
    /// certificate mode) is missing, so the response cannot be verified and is rejected.
    case missingSignatureHeader(name: String, status: Int, traceId: String?)
    /// The response signature does not match the response; the response is rejected.
    case invalidSignature(status: Int, traceId: String?)
    /// A v2 answer lacks `sign` (or `alipay_cert_sn` in certificate mode) where it must have one, so
    /// it cannot be verified and is rejected.
    case missingSignatureField(name: String, method: String)
    /// The response is signed with an Alipay certificate (`alipay-sn`) that is not configured.
    case unknownAlipayCertificate(serialNumber: String, expected: String, traceId: String?)
    /// An encrypted response body could not be decrypted with `AlipayConfig.encryptKey`.
    case decryptionFailed(reason: String)
    /// No response arrived within the timeout.
    case timeout(Duration)
    /// The request could not be sent or the response not received (connection refused, TLS, DNS…).
    case transport(reason: String)
    /// A response that is neither the expected JSON nor an Alipay error (an HTML error page, truncated JSON…).
    case invalidResponse(AlipayInvalidResponse)
    /// The configuration cannot work: a malformed key or certificate, a key in the wrong field, a bad URL.
    case invalidConfiguration(reason: String)
    /// The request could not be encoded (a model that fails to encode, a path with a query in it…).
    case requestEncoding(reason: String)
    /// A notification (or `return_url` parameters) was refused; do not act on it, and answer anything
    /// but `success` so that Alipay sends it again.
    case invalidNotification(AlipayNotificationRefusal)

    /// What went wrong and what to check, without a key.
    public var description: String {
        switch self {
        case .api(let error):
            return error.description
        case .missingSignatureHeader(let name, let status, let traceId):
            return "The response (HTTP \(status)\(traceId.traceSuffix)) has no \(name) header, so it cannot be "
                + "verified and was rejected. Check that serverURL is the v3 endpoint (https://openapi.alipay.com)."
        case .invalidSignature(let status, let traceId):
            return "The response signature does not match the response (HTTP \(status)\(traceId.traceSuffix)); "
                + "the response was rejected. Check that alipayPublicKey is Alipay's public key, not the app's."
        case .missingSignatureField(let name, let method):
            return "The answer to \(method) has no \(name), so it cannot be verified and was rejected. "
                + "Check that gatewayURL is Alipay's gateway (https://openapi.alipay.com/gateway.do)."
        case .unknownAlipayCertificate(let serialNumber, let expected, let traceId):
            return "The response is signed with Alipay certificate SN \(serialNumber)\(traceId.traceSuffix), "
                + "but the configured Alipay public certificate has SN \(expected), and no certificate with that SN "
                + "could be downloaded and checked against the root certificates; the response was rejected. "
                + "Download the current alipayCertPublicKey_RSA2.crt."
        case .decryptionFailed(let reason):
            return "The response could not be decrypted: \(reason)."
        case .timeout(let duration):
            return "The request timed out after \(duration.formattedSeconds)."
        case .transport(let reason):
            return "The request could not be completed: \(reason)."
        case .invalidResponse(let response):
            return response.description
        case .invalidConfiguration(let reason):
            return "Invalid Alipay configuration: \(reason)."
        case .requestEncoding(let reason):
            return "The request could not be encoded: \(reason)."
        case .invalidNotification(let refusal):
            return "The notification was refused: \(refusal)."
        }
    }
}

/// A response the client could not read: what it was, and the start of its body.
public struct AlipayInvalidResponse: Sendable, Hashable, CustomStringConvertible {
    /// The HTTP status.
    public var status: Int
    /// The `Content-Type` header, if any.
    public var contentType: String?
    /// At most 200 characters from the start of the body.
    public var excerpt: String
    /// Why it could not be read.
    public var reason: String
    /// The `alipay-trace-id` header, if any.
    public var traceId: String?

    /// A response the client could not read, described by its fields.
    public init(status: Int, contentType: String?, excerpt: String, reason: String, traceId: String?) {
        self.status = status
        self.contentType = contentType
        self.excerpt = excerpt
        self.reason = reason
        self.traceId = traceId
    }

    /// The status, content type, trace id, reason and start of the body, in one line.
    public var description: String {
        "Alipay returned an unreadable response (HTTP \(status), Content-Type \(contentType ?? "none")"
            + "\(traceId.traceSuffix)): \(reason). Body starts: \(excerpt)"
    }
}

extension Optional where Wrapped == String {
    var traceSuffix: String {
        guard let self, !self.isEmpty else { return "" }
        return ", trace id \(self)"
    }
}
