import Foundation

/// A verified (and, if it was encrypted, decrypted) 2xx response.
public struct AlipayResponse: Sendable, Hashable {
    /// The HTTP status.
    public var status: Int
    /// The headers as received.
    public var headers: AlipayHTTPHeaders
    /// The body after verification and decryption: JSON text as bytes.
    public var body: Data
    /// The `alipay-trace-id` header, to quote when asking Alipay for help.
    public var traceId: String?

    /// A verified answer with the given fields.
    public init(status: Int, headers: AlipayHTTPHeaders, body: Data, traceId: String?) {
        self.status = status
        self.headers = headers
        self.body = body
        self.traceId = traceId
    }

    /// The body as UTF-8 text.
    public var text: String {
        String(decoding: body, as: UTF8.self)
    }

    /// Decodes the body as JSON; an empty body decodes as `{}`.
    public func decode<T: Decodable>(_ type: T.Type = T.self) throws(AlipayError) -> T {
        let isBlank = body.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        do {
            return try JSONDecoder().decode(type, from: isBlank ? Data("{}".utf8) : body)
        } catch {
            throw .invalidResponse(
                AlipayInvalidResponse(
                    status: status,
                    contentType: headers["Content-Type"],
                    excerpt: Self.excerpt(of: body),
                    reason: "the body does not decode as \(T.self): \(Self.summary(of: error))",
                    traceId: traceId
                ))
        }
    }

    /// At most 200 characters from the start of `body`.
    static func excerpt(of body: Data) -> String {
        let text = String(decoding: body.prefix(800), as: UTF8.self)
        return text.count > 200 ? String(text.prefix(199)) + "…" : text
    }

    /// A one-line account of a decoding error, without the data it was decoding.
    private static func summary(of error: any Error) -> String {
        guard let error = error as? DecodingError else { return "not JSON" }
        switch error {
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "corrupt value at \(context.codingPath.dotted)"
        case .keyNotFound(let key, let context):
            return "missing key \((context.codingPath + [key]).dotted)"
        case .typeMismatch(let type, let context):
            return "expected \(type) at \(context.codingPath.dotted)"
        case .valueNotFound(let type, let context):
            return "expected \(type) but found null at \(context.codingPath.dotted)"
        @unknown default:
            return "not decodable"
        }
    }
}

extension [any CodingKey] {
    fileprivate var dotted: String {
        isEmpty ? "the top level" : map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
