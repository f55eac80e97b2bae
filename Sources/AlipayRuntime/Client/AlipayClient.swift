import Foundation
import _CryptoExtras

/// The Alipay v3 client: signs, sends, verifies, decrypts and decodes.
///
/// Create one per configuration and share it; it is immutable and safe to use from any task. Keys
/// and certificates are parsed and checked once, in `init`.
public final class AlipayClient: Sendable {
    /// The configuration the client was created with.
    public let config: AlipayConfig
    let transport: any HTTPTransport
    private let signer: RequestSigner
    let verifier: ResponseVerifier
    let cipher: AlipayContentCipher?
    let v2Signer: V2RequestSigner
    let v2Reader: V2ResponseReader
    /// `config.gatewayURL`, worked out once: page pay writes it into every form.
    let v2Gateway: URL
    /// `v2Gateway` as text.
    let v2GatewayAddress: String
    /// Learns rotated Alipay certificates (certificate mode only).
    let rotation: CertificateRotation?

    /// Checks the configuration and parses its keys and certificates.
    /// - Throws: `AlipayError.invalidConfiguration` naming the field that is wrong.
    public init(config: AlipayConfig, transport: any HTTPTransport = URLSessionTransport()) throws(AlipayError) {
        try Self.validate(serverURL: config.serverURL)
        try Self.requireHTTP(config.gatewayURL, field: "gatewayURL")
        let privateKey = try RSAKeyParser.privateKey(config.privateKey, field: "privateKey")
        self.config = config
        self.transport = transport
        self.signer = try RequestSigner(config: config, privateKey: privateKey)
        self.verifier = try ResponseVerifier(config: config)
        self.cipher = try config.encryptKey.map { (key) throws(AlipayError) in try AlipayContentCipher(base64Key: key) }
        self.v2Signer = try V2RequestSigner(config: config, privateKey: privateKey)
        self.v2Gateway = config.gatewayURL
        self.v2GatewayAddress = v2Gateway.absoluteString
        let keyring = verifier.keyring
        self.v2Reader = V2ResponseReader(
            alipayKey: keyring == nil ? verifier.alipayPublicKey : nil, keyring: keyring, cipher: cipher)
        if let keyring, let certificates = config.certificates {
            self.rotation = CertificateRotation(keyring: keyring, rootBundlePEM: certificates.alipayRootCertificatePEM)
        } else {
            self.rotation = nil
        }
        try Self.checkKeyPairing(config: config, privateKey: privateKey, alipayKey: verifier.alipayPublicKey)
    }

    /// Signs, sends, verifies, decrypts and decodes one operation call. An empty 2xx body decodes as `{}`.
    /// - Throws: `AlipayError.api` for an Alipay error answer, with `detail` decoded as `errorDetail`
    ///   when possible; the other cases for everything else.
    public func send<Response: Decodable & Sendable, Detail: AlipayErrorDetail>(
        _ request: AlipayRequest,
        options: AlipayRequestOptions = AlipayRequestOptions(),
        returning: Response.Type = Response.self,
        errorDetail: Detail.Type = Never.self
    ) async throws(AlipayError) -> Response {
        let signed = try signer.sign(request, options: options)
        return try await perform(signed, timeout: options.timeout, errorDetail: errorDetail) {
            (response) throws(AlipayError) in try response.decode(Response.self)
        }
    }

    /// Calls an operation the SDK does not generate yet; signed and verified the same way.
    /// - Parameters:
    ///   - method: the HTTP method.
    ///   - path: the operation's path, e.g. `/v3/alipay/trade/query`, without a query.
    ///   - query: query items, signed and sent in this order.
    ///   - body: JSON text, sent (or encrypted) as is.
    ///   - options: per-call settings.
    /// - Returns: the verified (and decrypted) answer.
    /// - Throws: `AlipayError.api` for a non-2xx answer, like `send`.
    public func execute(
        method: AlipayHTTPMethod,
        path: String,
        query: [AlipayQueryItem] = [],
        body: String? = nil,
        options: AlipayRequestOptions = AlipayRequestOptions()
    ) async throws(AlipayError) -> AlipayResponse {
        let signed = try signer.sign(
            method: method, path: path, query: query + options.queryItems,
            payload: body.map { .text($0) } ?? .none, options: options,
            nonce: RequestSigner.makeNonce(), timestamp: RequestSigner.currentTimestamp())
        return try await perform(signed, timeout: options.timeout, errorDetail: Never.self) { $0 }
    }

    /// Sends any `AlipayRequest` (multipart included) and returns the verified, decrypted response.
    public func execute(
        _ request: AlipayRequest,
        options: AlipayRequestOptions = AlipayRequestOptions()
    ) async throws(AlipayError) -> AlipayResponse {
        let signed = try signer.sign(request, options: options)
        return try await perform(signed, timeout: options.timeout, errorDetail: Never.self) { $0 }
    }

    // MARK: - Pipeline

    /// Sends `signed`, interprets the answer and reads it with `read`, logging the call.
    private func perform<Output>(
        _ signed: SignedRequest,
        timeout: Duration?,
        errorDetail: (some AlipayErrorDetail).Type,
        read: (AlipayResponse) throws(AlipayError) -> Output
    ) async throws(AlipayError) -> Output {
        let path = CallLog.path(of: signed.requestURI)
        let log = CallLog(
            logger: config.logger, operation: "\(signed.method.rawValue) \(path)", path: path,
            requestId: signed.headers["alipay-request-id"])
        var response: AlipayHTTPResponse?
        do {
            let received = try await transmit(signed.httpRequest, timeout: timeout ?? config.timeout)
            response = received
            let result = try await interpretLearning(received, encrypted: signed.isEncrypted, errorDetail: errorDetail)
            let output = try read(result)
            log.finish(response: received, error: nil)
            return output
        } catch {
            log.finish(response: response, error: error)
            throw error
        }
    }

    /// Interprets `response`; in certificate mode first learns an Alipay certificate it does not know yet.
    private func interpretLearning(
        _ response: AlipayHTTPResponse,
        encrypted: Bool,
        errorDetail: (some AlipayErrorDetail).Type
    ) async throws(AlipayError) -> AlipayResponse {
        try await learningAlipayCertificates { () throws(AlipayError) in
            try interpret(response, encrypted: encrypted, errorDetail: errorDetail)
        }
    }

    /// Runs `read`; when it meets an Alipay certificate the client does not know, learns that
    /// certificate (certificate mode) and runs `read` once more. v2 and v3 answers both go through here.
    func learningAlipayCertificates<Output>(_ read: () throws(AlipayError) -> Output) async throws(AlipayError)
        -> Output
    {
        do {
            return try read()
        } catch .unknownAlipayCertificate(let sn, let expected, let traceId) {
            guard await learnAlipayCertificate(sn) else {
                throw .unknownAlipayCertificate(serialNumber: sn, expected: expected, traceId: traceId)
            }
            return try read()
        }
    }

    /// Sends one request through the transport within `timeout`, the deadline for the whole exchange
    /// (connect, send, wait, receive), mapping its failures to `AlipayError`.
    func transmit(_ request: AlipayHTTPRequest, timeout: Duration) async throws(AlipayError) -> AlipayHTTPResponse {
        let transport = self.transport
        let outcome = await CallDeadline.run(timeout: timeout) {
            try await transport.send(request, timeout: timeout)
        }
        switch outcome.result {
        case .success(let response):
            return response
        case .failure(let error):
            throw TransportFailure.callError(error, timeout: timeout, deadlinePassed: outcome.deadlinePassed)
        }
    }

    /// Certificate mode: downloads and checks the Alipay certificate with `sn`; whether it is known now.
    func learnAlipayCertificate(_ sn: String) async -> Bool {
        guard let rotation else { return false }
        return await rotation.learn(sn) { [v2] (sn) throws(AlipayError) in
            try await v2.downloadAlipayCertificate(serialNumber: sn)
        }
    }

    /// Verifies, decrypts and classifies a response.
    private func interpret(
        _ response: AlipayHTTPResponse,
        encrypted: Bool,
        errorDetail: (some AlipayErrorDetail).Type
    ) throws(AlipayError) -> AlipayResponse {
        let status = response.status
        let traceId = response.headers["alipay-trace-id"]
        let contentType = response.headers["Content-Type"]
        if (200..<300).contains(status) {
            try verifier.verify(status: status, headers: response.headers, body: response.body)
            var body = response.body
            if encrypted, let cipher, Self.looksEncrypted(body, contentType: contentType) {
                body = try cipher.decrypt(body)
            }
            return AlipayResponse(status: status, headers: response.headers, body: body, traceId: traceId)
        }
        // Error answers are verified whenever they carry a signature.
        var isVerified = false
        if let signature = response.headers["alipay-signature"], !signature.isEmpty, signature != "null" {
            try verifier.verify(status: status, headers: response.headers, body: response.body)
            isVerified = true
        }
        var body = response.body
        if encrypted, let cipher, Self.looksEncrypted(body, contentType: contentType),
            let plain = try? cipher.decrypt(body)
        {
            body = plain
        }
        if let apiError = AlipayAPIError.decode(
            status: status, body: body, traceId: traceId, detailType: errorDetail, isVerified: isVerified)
        {
            throw .api(apiError)
        }
        throw .invalidResponse(
            AlipayInvalidResponse(
                status: status, contentType: contentType, excerpt: AlipayResponse.excerpt(of: body),
                reason: "an error status without an Alipay error body", traceId: traceId))
    }

    /// Ciphertext comes as `text/plain`, or at least not as a JSON object or array.
    private static func looksEncrypted(_ body: Data, contentType: String?) -> Bool {
        if let contentType, contentType.lowercased().hasPrefix("text/plain") { return true }
        guard let first = body.first(where: { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }) else { return false }
        return first != UInt8(ascii: "{") && first != UInt8(ascii: "[")
    }

    // MARK: - Configuration checks

    private static func validate(serverURL: URL) throws(AlipayError) {
        try requireHTTP(serverURL, field: "serverURL")
        if serverURL.path.hasSuffix("gateway.do") {
            throw .invalidConfiguration(
                reason:
                    "serverURL points at the v2 gateway (gateway.do); the v3 API lives at https://openapi.alipay.com")
        }
    }

    private static func requireHTTP(_ url: URL, field: String) throws(AlipayError) {
        guard let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
            let host = url.host, !host.isEmpty
        else {
            throw .invalidConfiguration(reason: "\(field) must be an http(s) URL with a host")
        }
    }

    /// Catches the most common mix-ups: the app's own public key configured as Alipay's, and an app
    /// certificate that does not belong to the private key.
    private static func checkKeyPairing(
        config: AlipayConfig,
        privateKey: _RSA.Signing.PrivateKey,
        alipayKey: _RSA.Signing.PublicKey
    ) throws(AlipayError) {
        let appPublicKey = privateKey.publicKey.derRepresentation
        if let certificates = config.certificates, certificates.appPublicKeyDER != appPublicKey {
            throw .invalidConfiguration(reason: "the app certificate does not belong to privateKey")
        }
        if alipayKey.derRepresentation == appPublicKey {
            throw .invalidConfiguration(
                reason: "the Alipay public key is the app's own public key; configure Alipay's public key "
                    + "(from the Alipay open platform), not the app's")
        }
    }
}
