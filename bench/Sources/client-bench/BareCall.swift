import AsyncHTTPClient
import BenchSupport
import Crypto
import Foundation
import NIOCore
import NIOHTTP1
import Synchronization
import _CryptoExtras

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The floor under one call: what any client of the v3 protocol has to do, and no more. The JSON body
/// is written once; every call signs its own nonce and timestamp with one bare RSA-2048 sign, POSTs
/// the same bytes with the same headers as `AlipayClient` does, reads the answer, and checks its
/// signature with one bare RSA-2048 verify. No deadline task, no JSON coding, no typed errors.
final class BareCall: Sendable {
    enum Transport {
        case asyncHTTPClient(HTTPClient)
        case urlSession(URLSession)
    }

    private let appKey: _RSA.Signing.PrivateKey
    private let alipayKey: _RSA.Signing.PublicKey
    private let body: Data
    private let bodyText: String
    private let requestURI: String
    private let url: URL
    private let userAgent: String
    private let nonces = Atomic<Int>(0)

    init(baseURL: URL, config: AlipayConfigValues) throws {
        appKey = try _RSA.Signing.PrivateKey(pemRepresentation: config.privateKeyPEM)
        guard let der = Data(base64Encoded: config.alipayPublicKeyBase64) else {
            throw BenchFailure(description: "the Alipay public key is not base64")
        }
        alipayKey = try _RSA.Signing.PublicKey(derRepresentation: der)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        body = try encoder.encode(SyncModel())
        bodyText = String(decoding: body, as: UTF8.self)
        requestURI = syncPath + "?trace=a%20b"
        url = URL(string: baseURL.absoluteString + requestURI)!
        userAgent = config.userAgent
    }

    /// Signs, sends and verifies one call.
    func call(_ transport: Transport) async throws {
        let timestamp = Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
        let nonce = "bare-\(nonces.add(1, ordering: .relaxed).newValue)"
        let authString = "app_id=\(appId),nonce=\(nonce),timestamp=\(timestamp)"
        let signContent = "\(authString)\nPOST\n\(requestURI)\n\(bodyText)\n"
        let signature = try appKey.signature(
            for: SHA256.hash(data: Data(signContent.utf8)), padding: .insecurePKCS1v1_5
        ).rawRepresentation.base64EncodedString()
        let headers = [
            ("Authorization", "ALIPAY-SHA256withRSA \(authString),sign=\(signature)"),
            ("alipay-request-id", nonce), ("Content-Type", "application/json"), ("Accept", "application/json"),
            ("User-Agent", userAgent),
        ]
        let status: Int
        let answer: Data
        let answerHeaders: (String) -> String?
        switch transport {
        case .asyncHTTPClient(let client):
            var request = HTTPClientRequest(url: url.absoluteString)
            request.method = .POST
            for (name, value) in headers { request.headers.add(name: name, value: value) }
            request.body = .bytes(body)
            let response = try await client.execute(request, deadline: .now() + .seconds(30))
            let bytes = try await response.body.collect(upTo: 1 << 20)
            status = Int(response.status.code)
            answer = Data(bytes.readableBytesView)
            answerHeaders = { response.headers.first(name: $0) }
        case .urlSession(let session):
            var request = URLRequest(url: url)
            request.httpMethod = "POST"
            for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
            request.httpBody = body
            let (data, response) = try await session.data(for: request)
            let http = response as! HTTPURLResponse
            status = http.statusCode
            answer = data
            answerHeaders = { http.value(forHTTPHeaderField: $0) }
        }
        guard status == 200, let answerTimestamp = answerHeaders("alipay-timestamp"),
            let answerNonce = answerHeaders("alipay-nonce"),
            let answerSignature = answerHeaders("alipay-signature").flatMap({ Data(base64Encoded: $0) })
        else { throw BenchFailure(description: "the gateway answered \(status) without a signature") }
        var verified = Data("\(answerTimestamp)\n\(answerNonce)\n".utf8)
        verified.append(answer)
        verified.append(UInt8(ascii: "\n"))
        guard
            alipayKey.isValidSignature(
                _RSA.Signing.RSASignature(rawRepresentation: answerSignature), for: SHA256.hash(data: verified),
                padding: .insecurePKCS1v1_5)
        else { throw BenchFailure(description: "the gateway's answer does not verify") }
    }
}

/// What `BareCall` needs of the bench configuration.
struct AlipayConfigValues {
    var privateKeyPEM: String
    var alipayPublicKeyBase64: String
    var userAgent: String
}
