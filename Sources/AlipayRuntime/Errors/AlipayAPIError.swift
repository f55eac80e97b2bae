import Foundation

/// An error answer from Alipay: HTTP status plus the `{code, message, links}` body (v3), or a v2
/// node with a `sub_code`.
public struct AlipayAPIError: Sendable, CustomStringConvertible {
    /// The HTTP status of the response (200 for every v2 answer).
    public var status: Int
    /// The error code exactly as sent: a platform code such as `invalid-signature` or a business
    /// code such as `INVALID_PARAMETER`; for v2, the `sub_code` (`ACQ.TRADE_NOT_EXIST`).
    public var code: String
    /// Alipay's description of the error; for v2, the `sub_msg`.
    public var message: String
    /// v2 only: the gateway's `code` (`40004`) beside the `sub_code` in `code`.
    public var gatewayCode: String?
    /// v2 only: the gateway's `msg` (`Business Failed`).
    public var gatewayMessage: String?
    /// Whether Alipay's signature on the error was checked. Unsigned errors (a v2 gateway error
    /// before the app is known, a v3 error without `alipay-signature`) can be forged on the way,
    /// so treat them as "the call failed", never as proof of a state.
    public var isVerified: Bool
    /// Links to Alipay's diagnosis pages, whether sent as one string or as a list.
    public var links: [AlipayErrorLink]
    /// The `alipay-trace-id` header, to quote when asking Alipay for help.
    public var traceId: String?
    /// The response body as received (decrypted if it was encrypted).
    public var body: Data
    /// The body decoded as the operation's error type, when that succeeds.
    public var detail: (any AlipayErrorDetail)?

    /// An error with the given fields; the client fills them from Alipay's answer.
    public init(
        status: Int,
        code: String,
        message: String,
        links: [AlipayErrorLink] = [],
        traceId: String? = nil,
        body: Data = Data(),
        detail: (any AlipayErrorDetail)? = nil,
        gatewayCode: String? = nil,
        gatewayMessage: String? = nil,
        isVerified: Bool = false
    ) {
        self.status = status
        self.code = code
        self.message = message
        self.links = links
        self.traceId = traceId
        self.body = body
        self.detail = detail
        self.gatewayCode = gatewayCode
        self.gatewayMessage = gatewayMessage
        self.isVerified = isVerified
    }

    /// The status, the code and message, the trace id and the first link, in one line.
    public var description: String {
        var text =
            gatewayCode.map { "Alipay returned \($0) \(gatewayMessage ?? "") \(code): \(message)" }
            ?? "Alipay returned HTTP \(status) \(code): \(message)"
        if !isVerified && gatewayCode != nil { text += " (unsigned)" }
        if let traceId, !traceId.isEmpty { text += " (trace id \(traceId))" }
        if let first = links.first { text += " See \(first.link)" }
        return text
    }
}

/// A link in an error response: the page, and what it explains if Alipay says.
public struct AlipayErrorLink: Sendable, Hashable, Codable {
    /// The page's URL.
    public var link: String
    /// What the page explains, if Alipay says.
    public var desc: String?

    /// A link to `link`, explained by `desc`.
    public init(link: String, desc: String? = nil) {
        self.link = link
        self.desc = desc
    }
}

extension AlipayAPIError {
    /// Reads an error body, or returns `nil` when it is not one (no `code`, not JSON).
    static func decode(
        status: Int,
        body: Data,
        traceId: String?,
        detailType: (some AlipayErrorDetail).Type,
        isVerified: Bool = false
    ) -> AlipayAPIError? {
        guard let envelope = try? JSONDecoder().decode(ErrorEnvelope.self, from: body) else { return nil }
        // `Never` (no error type) always fails to decode, leaving `detail` nil.
        var detail: (any AlipayErrorDetail)? = try? JSONDecoder().decode(detailType, from: body)
        if detail == nil, let links = envelope.links?.items, let body = bodyWithTextLinks(body, links: links) {
            detail = try? JSONDecoder().decode(detailType, from: body)
        }
        return AlipayAPIError(
            status: status,
            code: envelope.code,
            message: envelope.message ?? "",
            links: envelope.links?.items ?? [],
            traceId: traceId,
            body: body,
            detail: detail,
            isVerified: isVerified
        )
    }
}

/// The body with `links` written as the spec types it (one string), for generated error types that
/// follow the spec when Alipay sends a list of `{link, desc}`; `nil` when `links` is a string already.
private func bodyWithTextLinks(_ body: Data, links: [AlipayErrorLink]) -> Data? {
    guard var object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any],
        let value = object["links"], !(value is String)
    else { return nil }
    object["links"] = links.first?.link
    return try? JSONSerialization.data(withJSONObject: object)
}

/// The common shape of every error body, read leniently.
private struct ErrorEnvelope: Decodable {
    var code: String
    var message: String?
    var links: LenientLinks?
}

/// `links` is a string in the spec and a list of `{link, desc}` objects in practice.
private struct LenientLinks: Decodable {
    var items: [AlipayErrorLink]

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            items = text.isEmpty ? [] : [AlipayErrorLink(link: text)]
        } else if let list = try? container.decode([LenientLink].self) {
            items = list.compactMap(\.value)
        } else if let one = try? container.decode(LenientLink.self) {
            items = one.value.map { [$0] } ?? []
        } else {
            items = []
        }
    }
}

/// One list entry: an object `{link, desc}` or a bare string.
private struct LenientLink: Decodable {
    var value: AlipayErrorLink?

    init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            value = AlipayErrorLink(link: text)
        } else if let object = try? AlipayErrorLink(from: decoder) {
            value = object
        } else {
            value = nil
        }
    }
}
