@_spi(Benchmarks) import AlipayRuntime
import AlipayTestGateway
import Foundation
import Testing

/// The gateway refuses what Alipay refuses.
@Suite("AlipayTestGateway request checks")
struct GatewayCheckTests {
    func send(_ signed: SignedRequest, to gateway: AlipayTestGateway, removing header: String? = nil) async throws
        -> AlipayHTTPResponse
    {
        var request = signed.httpRequest
        request.url = URL(string: gateway.baseURL.absoluteString + signed.requestURI)!
        if let header { request.headers[header] = nil }
        return try await URLSessionTransport().send(request, timeout: .seconds(5))
    }

    func code(of response: AlipayHTTPResponse) -> String? {
        (try? JSONDecoder().decode([String: String].self, from: response.body))?["code"]
    }

    @Test("a reused nonce is refused; a fresh one passes")
    func nonceReuse() async throws {
        try await withGateway(.key) { gateway, client in
            await gateway.route(.get, "/v3/ping") { _ in .json(["ok": "yes"]) }
            let signer = try RequestSigner(config: client.config)
            let nonce = RequestSigner.makeNonce()
            let first = try signer.sign(AlipayRequest(method: .get, path: "/v3/ping"), nonce: nonce)
            #expect(try await send(first, to: gateway).status == 200)
            let replay = try signer.sign(AlipayRequest(method: .get, path: "/v3/ping"), nonce: nonce)
            let refused = try await send(replay, to: gateway)
            #expect(refused.status == 401)
            #expect(code(of: refused) == "suspected-attack")
            #expect(
                try await send(signer.sign(AlipayRequest(method: .get, path: "/v3/ping")), to: gateway).status == 200)
        }
    }

    @Test("timestamps outside ±5 minutes are refused")
    func timestampWindow() async throws {
        try await withGateway(.key) { gateway, client in
            await gateway.route(.get, "/v3/ping") { _ in .json(["ok": "yes"]) }
            let signer = try RequestSigner(config: client.config)
            for offset: Int64 in [-400_000, 400_000] {
                let signed = try signer.sign(
                    AlipayRequest(method: .get, path: "/v3/ping"), timestamp: RequestSigner.currentTimestamp() + offset)
                let response = try await send(signed, to: gateway)
                #expect(response.status == 400)
                #expect(code(of: response) == "invalid-timestamp")
            }
        }
    }

    @Test("a missing request id and a missing root SN are refused")
    func missingHeaders() async throws {
        try await withGateway(.certificate) { gateway, client in
            await gateway.route(.get, "/v3/ping") { _ in .json(["ok": "yes"]) }
            let signer = try RequestSigner(config: client.config)
            let noRequestId = try await send(
                signer.sign(AlipayRequest(method: .get, path: "/v3/ping")), to: gateway, removing: "alipay-request-id")
            #expect(noRequestId.status == 400)
            let noRoot = try await send(
                signer.sign(AlipayRequest(method: .get, path: "/v3/ping")), to: gateway, removing: "alipay-root-cert-sn"
            )
            #expect(code(of: noRoot) == "missing-alipay-root-cert-sn")
            #expect(await gateway.rejections.count == 2)
        }
    }

    @Test("the client sees gateway refusals as signed api errors")
    func refusalsReachTheClient() async throws {
        try await withGateway(.key) { gateway, _ in
            var config = Fixtures.keyModeConfig()
            config.appId = "2021000000000002"
            config.serverURL = gateway.baseURL
            let client = try AlipayClient(config: config)
            await #expect {
                _ = try await client.execute(method: .post, path: syncPath, body: "{}")
            } throws: { error in
                guard case AlipayError.api(let apiError) = error else { return false }
                return apiError.status == 400 && apiError.code == "invalid-app-id"
            }
        }
    }

    @Test("a request signed with another key is refused as invalid-signature")
    func foreignKey() async throws {
        try await withGateway(.key) { gateway, client in
            await gateway.route(.get, "/v3/ping") { _ in .json(["ok": "yes"]) }
            var foreign = client.config
            foreign.privateKey = Fixtures.alipayPrivateKey
            let signer = try RequestSigner(config: foreign)
            let response = try await send(signer.sign(AlipayRequest(method: .get, path: "/v3/ping")), to: gateway)
            #expect(response.status == 401)
            #expect(code(of: response) == "invalid-signature")
        }
    }

    @Test("an unknown route is a 404 invalid-method")
    func unknownRoute() async throws {
        try await withGateway(.key) { _, client in
            await #expect {
                _ = try await client.execute(method: .delete, path: "/v3/nothing")
            } throws: { error in
                guard case AlipayError.api(let apiError) = error else { return false }
                return apiError.status == 404 && apiError.code == "invalid-method"
            }
        }
    }
}
