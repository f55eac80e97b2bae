import AlipayRuntime
import FlyingFox
import Foundation

/// The one HTTP handler behind the gateway: check, admit, route, answer.
struct GatewayHTTPHandler: HTTPHandler {
    let checker: RequestChecker
    let signer: ResponseSigner
    let state: GatewayState
    let v2: V2HTTPHandler

    init(engine: GatewayEngine, state: GatewayState, v2State: V2GatewayState) {
        self.checker = engine.checker
        self.signer = engine.signer
        self.state = state
        self.v2 = V2HTTPHandler(checker: engine.v2Checker, writer: engine.v2Writer, state: state, v2: v2State)
    }

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        if request.path == "/gateway.do" && (request.method == .GET || request.method == .POST) {
            return try await v2.handleRequest(request)
        }
        let body = try await request.bodyData
        var headers = AlipayHTTPHeaders()
        for (name, value) in request.headers {
            headers.add(name: name.rawValue, value: value)
        }
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        let checked: RequestChecker.Checked
        do {
            checked = try checker.check(
                method: request.method.rawValue, target: request.target.rawValue, headers: headers, body: body,
                now: now)
        } catch {
            let rejection = await state.reject(status: error.status, code: error.code, message: error.message)
            return await answer(rejection, faults: state.faults)
        }
        switch await state.admit(checked.request, nonce: checked.nonce, timestamp: checked.timestamp, now: now) {
        case .rejected(let rejection, let faults):
            return await answer(rejection, faults: faults)
        case .accepted(let route, let parameters, let faults):
            var routed = checked.request
            routed.pathParameters = parameters
            let response: AlipayTestGateway.Response
            do {
                response = try await route.handler(routed)
            } catch {
                response = .error(status: 500, code: "unknow-error", message: "the test route threw \(type(of: error))")
            }
            return await signer.httpResponse(
                response, encrypt: checked.request.wasEncrypted, identity: state.identity,
                faults: faults + response.faults)
        }
    }

    private func answer(_ rejection: AlipayTestGateway.Rejection, faults: [AlipayTestGateway.Fault]) async
        -> HTTPResponse
    {
        await signer.httpResponse(
            .error(status: rejection.status, code: rejection.code, message: rejection.message),
            encrypt: false, identity: state.identity, faults: faults)
    }
}

/// The gateway's parsed keys: request checks and response signing, v3 and v2.
struct GatewayEngine: Sendable {
    let checker: RequestChecker
    let signer: ResponseSigner
    let v2Checker: V2RequestChecker
    let v2Writer: V2ResponseWriter
    /// What answers are signed with until the certificate is rotated.
    let identity: AlipaySigningIdentity
    /// The configured Alipay certificate's PEM text by SN, when given.
    let certificates: [String: String]

    init(configuration: AlipayTestGateway.Configuration) throws(AlipayError) {
        let cipher = try configuration.encryptKey.map { (key) throws(AlipayError) in
            try AlipayContentCipher(base64Key: key)
        }
        let appKey: VerifyingKey
        switch (configuration.appPublicKey, configuration.certificates) {
        case (_, let certificates?):
            appKey = try VerifyingKey(der: certificates.appPublicKeyDER, field: "certificates.appCertificate")
        case (let key?, nil):
            appKey = try VerifyingKey(key, field: "appPublicKey")
        case (nil, nil):
            throw .invalidConfiguration(reason: "the test gateway needs appPublicKey or certificates")
        }
        let tolerance = configuration.timestampTolerance
        checker = RequestChecker(
            appId: configuration.appId,
            appKey: appKey,
            appCertSN: configuration.certificates?.appCertificateSerialNumber,
            rootCertSN: configuration.certificates?.alipayRootCertificateSerialNumber,
            cipher: cipher,
            toleranceMilliseconds: tolerance.wholeMilliseconds
        )
        signer = ResponseSigner(cipher: cipher)
        v2Checker = V2RequestChecker(
            appId: configuration.appId,
            appKey: appKey,
            appCertSN: configuration.certificates?.appCertificateSerialNumber,
            rootCertSN: configuration.certificates?.alipayRootCertificateSerialNumber,
            cipher: cipher,
            toleranceSeconds: tolerance.timeInterval
        )
        v2Writer = V2ResponseWriter(cipher: cipher)
        identity = AlipaySigningIdentity(
            key: try SigningKey(configuration.alipayPrivateKey, field: "alipayPrivateKey"),
            certificateSN: configuration.certificates?.alipayCertificateSerialNumber)
        certificates = try Self.certificates(configuration)
    }

    /// The configured Alipay certificate by SN, checked to be the one `certificates` names.
    private static func certificates(_ configuration: AlipayTestGateway.Configuration) throws(AlipayError)
        -> [String: String]
    {
        guard let text = configuration.alipayCertificate else { return [:] }
        let pem = try AlipayCertificatePEM(text, field: "alipayCertificate")
        guard let expected = configuration.certificates?.alipayCertificateSerialNumber, expected == pem.sn else {
            throw .invalidConfiguration(
                reason: "alipayCertificate (SN \(pem.sn)) is not the Alipay certificate of certificates")
        }
        return [pem.sn: text]
    }
}
