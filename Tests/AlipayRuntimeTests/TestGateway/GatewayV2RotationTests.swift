@_spi(Benchmarks) import AlipayRuntime
import AlipayTestGateway
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Certificate rotation and injected faults on the v2 gateway.
extension GatewayV2Tests {
    // MARK: Rotation

    @Test("rotation changes alipay_cert_sn, alipay-sn and the key; alipaycert.download serves the PEM")
    func rotation() async throws {
        let rotatedPEM = Wire.rotationFixture("alipayCert_rotated.crt")
        let rotatedKey = Wire.rotationFixture("alipay_rotated_private.pem")
        let rotatedSN = "8b785ee591096ef66cd7dfbf94596e36"
        let rotatedPublicKey = try Wire.publicKey(ofFirstCertificateIn: rotatedPEM)
        let certificates = try Fixtures.certificates()
        #expect(rotatedSN != certificates.alipayCertificateSerialNumber)
        var configuration = try Wire.certificateMode()
        configuration.alipayCertificate = Fixtures.text("alipayCertPublicKey_RSA2.crt")
        try await Wire.withGateway(configuration) { gateway in
            let sns = [
                "app_cert_sn": certificates.appCertificateSerialNumber,
                "alipay_root_cert_sn": certificates.alipayRootCertificateSerialNumber,
            ]
            func download(_ sn: String) async throws -> Wire.Reply {
                try await Wire.execute(
                    gateway,
                    Wire.signed(
                        Wire.parameters(
                            "alipay.open.app.alipaycert.download", biz: #"{"alipay_cert_sn":"\#(sn)"}"#, extra: sns)))
            }
            let before = try await download(certificates.alipayCertificateSerialNumber)
            #expect(before.string("alipay_cert_sn") == certificates.alipayCertificateSerialNumber)
            let served = before.node("alipay_open_app_alipaycert_download_response")?["alipay_cert_content"]
            #expect(
                served.flatMap { Data(base64Encoded: $0) } == Data(Fixtures.text("alipayCertPublicKey_RSA2.crt").utf8))
            let unknown = try await download(rotatedSN)
            #expect(unknown.node("alipay_open_app_alipaycert_download_response")?["code"] == "40004")

            await #expect(throws: AlipayError.self) {
                try await gateway.rotateAlipayCertificate(
                    certificatePEM: rotatedPEM, privateKey: Fixtures.appPrivateKey)
            }
            try await gateway.rotateAlipayCertificate(certificatePEM: rotatedPEM, privateKey: rotatedKey)
            let after = try await download(rotatedSN)
            #expect(after.string("alipay_cert_sn") == rotatedSN)
            let content = after.node("alipay_open_app_alipaycert_download_response")?["alipay_cert_content"]
            #expect(content.flatMap { Data(base64Encoded: $0) } == Data(rotatedPEM.utf8))
            #expect(Wire.verifies(after, node: "alipay_open_app_alipaycert_download_response", key: rotatedPublicKey))
            #expect(!Wire.verifies(after, node: "alipay_open_app_alipaycert_download_response"))

            // v3 answers change too.
            await gateway.route(.get, "/v3/ping") { _ in .json(["ok": "yes"]) }
            let signer = try RequestSigner(config: Fixtures.certModeConfig())
            var request = try signer.sign(AlipayRequest(method: .get, path: "/v3/ping")).httpRequest
            request.url = URL(string: gateway.baseURL.absoluteString + "/v3/ping")!
            let v3 = try await URLSessionTransport().send(request, timeout: .seconds(5))
            #expect(v3.headers["alipay-sn"] == rotatedSN)
            let signed =
                "\(v3.headers["alipay-timestamp"] ?? "")\n\(v3.headers["alipay-nonce"] ?? "")\n"
                + "\(String(decoding: v3.body, as: UTF8.self))\n"
            #expect(rotatedPublicKey.isValid(v3.headers["alipay-signature"] ?? "", for: Data(signed.utf8)))
        }
    }

    @Test("rotation needs certificate mode")
    func rotationInKeyMode() async throws {
        try await Wire.withGateway { gateway in
            await #expect(throws: AlipayError.self) {
                try await gateway.rotateAlipayCertificate(
                    certificatePEM: Fixtures.text("alipayCertPublicKey_RSA2.crt"), privateKey: Fixtures.alipayPrivateKey
                )
            }
        }
    }

    // MARK: Faults

    @Test("each fault shows in the raw body")
    func faults() async throws {
        let certificates = try Fixtures.certificates()
        let node =
            #"{"code":"10000","msg":"Success","trade_status":"WAIT_BUYER_PAY","url":"https://m.example.com/a/b"}"#
        try await Wire.withGateway(Wire.certificateMode()) { gateway in
            for fault in GatewayV2Wire.FaultCase.allCases {
                await gateway.routeV2("alipay.trade.query") { _ in .node(text: node).with(fault.fault) }
                try await check(fault, gateway: gateway, node: node, certificates: certificates)
            }
        }
    }

    /// What one fault must show in the raw body (each case on its own lines, so a failure names it).
    func check(
        _ fault: GatewayV2Wire.FaultCase, gateway: AlipayTestGateway, node: String, certificates: AlipayCertificates
    ) async throws {
        let reply = try await Wire.execute(
            gateway,
            Wire.signed(
                Wire.parameters(
                    "alipay.trade.query", biz: "{}",
                    extra: [
                        "app_cert_sn": certificates.appCertificateSerialNumber,
                        "alipay_root_cert_sn": certificates.alipayRootCertificateSerialNumber,
                    ])))
        let name = "alipay_trade_query_response"
        switch fault {
        case .duplicateNode:
            #expect(reply.text.components(separatedBy: "\"\(name)\"").count == 3)
            let first = try #require(reply.text.range(of: "\"\(name)\""))
            let forged = Wire.signedRange(String(reply.text[first.upperBound...]), node: name)
            #expect(forged == node.replacingOccurrences(of: "WAIT_BUYER_PAY", with: "TRADE_SUCCESS"))
            #expect(Wire.signedRange(reply.text, node: name) == node)
            #expect(Wire.verifies(reply, node: name))
        case .unsignedResponse:
            #expect(reply.string("sign") == nil)
            #expect(reply.string("alipay_cert_sn") == certificates.alipayCertificateSerialNumber)
            #expect(reply.node(name)?["code"] == "10000")
        case .escapedSlashes:
            #expect(reply.text.contains(#""url":"https:\/\/m.example.com\/a\/b""#))
            #expect(!Wire.verifies(reply, node: name))
            let range = try #require(Wire.signedRange(reply.text, node: name))
            let key = try VerifyingKey(Fixtures.alipayPublicKey, field: "test")
            let unescaped = range.replacingOccurrences(of: "\\/", with: "/")
            #expect(key.isValid(reply.string("sign") ?? "", for: Data(unescaped.utf8)))
            #expect(reply.node(name)?["url"] == "https://m.example.com/a/b")
        case .tamperedBody:
            #expect(reply.node(name) != nil)
            #expect(Wire.signedRange(reply.text, node: name) != node)
            #expect(!Wire.verifies(reply, node: name))
        case .truncatedJSON:
            #expect(reply.envelope == nil)
            #expect(reply.text.hasPrefix("{\"\(name)\":{\"code\""))
        case .wrongCertificateSN:
            #expect(reply.string("alipay_cert_sn") == "00000000000000000000000000000000")
            #expect(Wire.verifies(reply, node: name))
        case .htmlServerError:
            #expect(reply.status == 500)
            #expect(reply.text.hasPrefix("<html>"))
        }
    }

    @Test("setFaults applies to v2 refusals too")
    func globalFaults() async throws {
        try await Wire.withGateway { gateway in
            await gateway.setFaults([.unsignedResponse])
            let reply = try await Wire.execute(gateway, Wire.signed(Wire.parameters("alipay.nothing", biz: "{}")))
            #expect(reply.node("alipay_nothing_response")?["sub_code"] == "isv.invalid-method")
            #expect(reply.string("sign") == nil)
        }
    }
}
