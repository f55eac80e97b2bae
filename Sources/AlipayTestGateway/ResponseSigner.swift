import AlipayRuntime
import FlyingFox
import Foundation

/// The key the gateway signs answers with as "Alipay", and the SN of its certificate (certificate mode).
/// It changes when the gateway rotates its certificate.
struct AlipaySigningIdentity: Sendable {
    let key: SigningKey
    let certificateSN: String?
}

/// Turns a route's answer into a signed HTTP response, applying faults on the way.
struct ResponseSigner: Sendable {
    let cipher: AlipayContentCipher?

    func httpResponse(
        _ response: AlipayTestGateway.Response,
        encrypt: Bool,
        identity: AlipaySigningIdentity,
        faults: [AlipayTestGateway.Fault]
    ) async -> HTTPResponse {
        if let replaced = await Self.transportFaults(faults) { return replaced }
        var body = response.body
        var contentType = response.contentType
        if faults.contains(.truncatedJSON) {
            body = body.prefix(body.count / 2)
        }
        if encrypt, (200..<300).contains(response.status), let cipher, !body.isEmpty,
            let ciphertext = try? cipher.encrypt(body)
        {
            body = Data(ciphertext.utf8)
            contentType = "text/plain"
        }

        let timestamp = String(Int64(Date().timeIntervalSince1970 * 1000))
        let nonce = UUID().uuidString.lowercased()
        var headers = HTTPHeaders()
        for field in response.headers {
            headers.addValue(field.value, for: HTTPHeader(field.name))
        }
        headers[.contentType] = contentType
        headers[HTTPHeader("alipay-trace-id")] = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        headers[HTTPHeader("alipay-timestamp")] = timestamp
        headers[HTTPHeader("alipay-nonce")] = nonce
        let signed = "\(timestamp)\n\(nonce)\n\(String(decoding: body, as: UTF8.self))\n"
        headers[HTTPHeader("alipay-signature")] = try? identity.key.sign(signed)
        if let alipayCertSN = identity.certificateSN { headers[HTTPHeader("alipay-sn")] = alipayCertSN }

        for fault in faults {
            switch fault {
            case .tamperedBody:
                body = Self.tampered(body)
            case .missingHeader(let name):
                headers[HTTPHeader(name)] = nil
            case .wrongCertificateSN:
                headers[HTTPHeader("alipay-sn")] = "00000000000000000000000000000000"
            case .delay, .trickle, .htmlServerError, .truncatedJSON, .duplicateNode, .unsignedResponse,
                .escapedSlashes:
                break
            }
        }
        return HTTPResponse(statusCode: Self.status(response.status), headers: headers, body: Self.body(body, faults))
    }

    /// The body as sent: all at once, or one byte per interval with `.trickle`.
    static func body(_ bytes: Data, _ faults: [AlipayTestGateway.Fault]) -> HTTPBodySequence {
        for case .trickle(let interval) in faults {
            return HTTPBodySequence(from: TrickledBytes(bytes: bytes, interval: interval), count: bytes.count)
        }
        return HTTPBodySequence(data: bytes)
    }

    /// Waits out `.delay` faults; for `.htmlServerError`, the unsigned HTML 500 page a load balancer sends.
    static func transportFaults(_ faults: [AlipayTestGateway.Fault]) async -> HTTPResponse? {
        for case .delay(let duration) in faults {
            try? await Task.sleep(for: duration)
        }
        guard faults.contains(.htmlServerError) else { return nil }
        let page =
            "<html><head><title>500 Internal Server Error</title></head><body><center>"
            + "<h1>500 Internal Server Error</h1></center><hr><center>nginx</center></body></html>"
        return HTTPResponse(statusCode: status(500), headers: [.contentType: "text/html"], body: Data(page.utf8))
    }

    /// A changed body that is still valid JSON when it was JSON.
    private static func tampered(_ body: Data) -> Data {
        guard body.first == UInt8(ascii: "{") else { return body + Data("x".utf8) }
        let rest = body.dropFirst()
        let separator = rest.first == UInt8(ascii: "}") ? "" : ","
        return Data("{\"tampered\":true\(separator)".utf8) + rest
    }

    static func status(_ code: Int) -> HTTPStatusCode {
        let phrases = [
            200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
            404: "Not Found", 405: "Method Not Allowed", 500: "Internal Server Error", 503: "Service Unavailable",
        ]
        return HTTPStatusCode(code, phrase: phrases[code] ?? "Status")
    }
}
