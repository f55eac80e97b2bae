import AlipayRuntime
import AlipayTestGateway
import Foundation
import Testing

/// Every fault must be refused, each with its own error case.
@Suite("Faulty responses")
struct FaultTests {
    /// Calls a route that answers `{"agreement_no":"1"}` with `faults`, and returns the error.
    func failure(
        _ faults: [AlipayTestGateway.Fault], mode: GatewayMode = .key, encrypt: Bool = false,
        timeout: Duration = .seconds(5), response: AlipayTestGateway.Response = .json(["agreement_no": "1"]),
        transport: TransportKind
    ) async throws -> AlipayError? {
        var caught: AlipayError?
        try await withGateway(mode, encrypt: encrypt, timeout: timeout, transport: transport) { gateway, client in
            await gateway.route(.post, syncPath) { _ in
                var answer = response
                answer.faults = faults
                return answer
            }
            do {
                let accepted = try await client.send(
                    AlipayRequest(method: .post, path: syncPath, body: .json(["a": "b"])), returning: SyncResponse.self,
                    errorDetail: SyncErrorDetail.self)
                Issue.record("a faulty response was accepted: \(accepted)")
            } catch let error as AlipayError {
                caught = error
            }
        }
        return caught
    }

    @Test(
        "a body changed after signing is rejected as invalidSignature", arguments: [false, true],
        TransportKind.allCases)
    func tampered(encrypt: Bool, transport: TransportKind) async throws {
        let error = try await failure([.tamperedBody], encrypt: encrypt, transport: transport)
        guard case .invalidSignature(let status, let traceId)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(status == 200)
        #expect(traceId?.isEmpty == false)
    }

    @Test(
        "each missing signature header is named", arguments: ["alipay-signature", "alipay-timestamp", "alipay-nonce"],
        TransportKind.allCases)
    func missingHeader(name: String, transport: TransportKind) async throws {
        let error = try await failure([.missingHeader(name)], transport: transport)
        guard case .missingSignatureHeader(let missing, 200, _)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(missing == name)
        #expect(error?.description.contains(name) == true)
    }

    @Test("certificate mode requires alipay-sn", arguments: TransportKind.allCases)
    func missingSN(transport: TransportKind) async throws {
        let error = try await failure([.missingHeader("alipay-sn")], mode: .certificate, transport: transport)
        guard case .missingSignatureHeader("alipay-sn", 200, _)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
    }

    @Test("an unknown alipay-sn is rejected as unknownAlipayCertificate", arguments: TransportKind.allCases)
    func wrongSN(transport: TransportKind) async throws {
        let error = try await failure([.wrongCertificateSN], mode: .certificate, transport: transport)
        guard case .unknownAlipayCertificate(let sn, let expected, _)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(sn == "00000000000000000000000000000000")
        #expect(expected == "deb2a078d6eea44d8556ca1227b54ea5")
    }

    @Test("a slow server times out after the configured timeout", arguments: TransportKind.allCases)
    func slow(transport: TransportKind) async throws {
        try await withGateway(.key, timeout: .seconds(1), transport: transport) { gateway, client in
            // The server would answer after 10 s; the call must give up after about 1 s. The bound below
            // leaves room for a loaded machine while still telling a honoured timeout from a wait for the answer.
            await gateway.route(.post, syncPath) { _ in .json(["agreement_no": "1"]).with(.delay(.seconds(10))) }
            let clock = ContinuousClock()
            let start = clock.now
            await #expect {
                _ = try await client.execute(method: .post, path: syncPath, body: "{}")
            } throws: { error in
                guard case AlipayError.timeout(let duration) = error else { return false }
                return duration == .seconds(1)
            }
            let elapsed = clock.now - start
            #expect(elapsed >= .seconds(0.9) && elapsed < .seconds(5), "timed out after \(elapsed)")
        }
    }

    @Test("an HTML 500 page is an invalidResponse with status, type and excerpt", arguments: TransportKind.allCases)
    func htmlServerError(transport: TransportKind) async throws {
        let error = try await failure([.htmlServerError], transport: transport)
        guard case .invalidResponse(let response)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(response.status == 500)
        #expect(response.contentType == "text/html")
        #expect(response.excerpt.hasPrefix("<html>"))
        #expect(response.excerpt.count <= 200)
    }

    @Test(
        "truncated JSON in a 2xx answer is an invalidResponse", arguments: [false, true], TransportKind.allCases)
    func truncated(encrypt: Bool, transport: TransportKind) async throws {
        let error = try await failure(
            [.truncatedJSON], encrypt: encrypt, response: .json(["agreement_no": String(repeating: "9", count: 600)]),
            transport: transport)
        guard case .invalidResponse(let response)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(response.status == 200)
        #expect(response.excerpt.count <= 200)
        #expect(response.reason.contains("SyncResponse"))
    }

    @Test("a business error with links as a string decodes into api with detail", arguments: TransportKind.allCases)
    func businessErrorStringLinks(transport: TransportKind) async throws {
        let error = try await failure(
            [],
            response: .error(
                status: 400, code: "IDEMPOTENT_ERROR", message: "duplicate out_biz_no",
                links: .text("https://open.alipay.com/api/errCheck?traceId=abc")),
            transport: transport)
        guard case .api(let apiError)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(apiError.status == 400)
        #expect(apiError.code == "IDEMPOTENT_ERROR")
        #expect(apiError.message == "duplicate out_biz_no")
        #expect(apiError.links == [AlipayErrorLink(link: "https://open.alipay.com/api/errCheck?traceId=abc")])
        #expect(apiError.traceId?.isEmpty == false)
        #expect(
            apiError.detail as? SyncErrorDetail
                == SyncErrorDetail(
                    code: "IDEMPOTENT_ERROR", message: "duplicate out_biz_no",
                    links: "https://open.alipay.com/api/errCheck?traceId=abc"))
        #expect(String(decoding: apiError.body, as: UTF8.self).contains("IDEMPOTENT_ERROR"))
    }

    @Test("a business error with links as a list of {link, desc}", arguments: TransportKind.allCases)
    func businessErrorListLinks(transport: TransportKind) async throws {
        let links = [
            AlipayErrorLink(link: "https://open.alipay.com/a", desc: "诊断"), AlipayErrorLink(link: "https://b"),
        ]
        let error = try await failure(
            [], response: .error(status: 422, code: "invalid-parameter", message: "m", links: .list(links)),
            transport: transport)
        guard case .api(let apiError)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(apiError.status == 422)
        #expect(apiError.code == "invalid-parameter")
        #expect(apiError.links == links)
    }

    @Test("a signed error answer whose signature fails is rejected, not trusted", arguments: TransportKind.allCases)
    func tamperedError(transport: TransportKind) async throws {
        let error = try await failure(
            [.tamperedBody], response: .error(code: "SYSTEM_ERROR", message: "m"), transport: transport)
        guard case .invalidSignature(400, _)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
    }
}
