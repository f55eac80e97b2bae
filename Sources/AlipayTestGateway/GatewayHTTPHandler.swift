import AlipayRuntime
import FlyingFox
import Foundation

/// The one HTTP handler behind the gateway: check, admit, route, answer.
struct GatewayHTTPHandler: HTTPHandler {
    let checker: RequestChecker
    let signer: ResponseSigner
    let state: GatewayState

    init(engine: GatewayEngine, state: GatewayState) {
        self.checker = engine.checker
        self.signer = engine.signer
        self.state = state
    }

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
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
                response, encrypt: checked.request.wasEncrypted, faults: faults + response.faults)
        }
    }

    private func answer(_ rejection: AlipayTestGateway.Rejection, faults: [AlipayTestGateway.Fault]) async
        -> HTTPResponse
    {
        await signer.httpResponse(
            .error(status: rejection.status, code: rejection.code, message: rejection.message),
            encrypt: false, faults: faults)
    }
}

/// The gateway's parsed keys: request checks and response signing.
struct GatewayEngine: Sendable {
    let checker: RequestChecker
    let signer: ResponseSigner

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
        let tolerance = configuration.timestampTolerance.components
        checker = RequestChecker(
            appId: configuration.appId,
            appKey: appKey,
            appCertSN: configuration.certificates?.appCertSN,
            rootCertSN: configuration.certificates?.alipayRootCertSN,
            cipher: cipher,
            toleranceMilliseconds: tolerance.seconds * 1000 + tolerance.attoseconds / 1_000_000_000_000_000
        )
        signer = ResponseSigner(
            alipayKey: try SigningKey(configuration.alipayPrivateKey, field: "alipayPrivateKey"),
            alipayCertSN: configuration.certificates?.alipayCertSN,
            cipher: cipher
        )
    }
}
