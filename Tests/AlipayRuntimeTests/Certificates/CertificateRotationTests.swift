import AlipayTestGateway
import Foundation
import Testing

@testable import AlipayRuntime

/// Alipay rotates the certificate it signs with: the client downloads the new one once, accepts it
/// only if it chains to the root bundle, and verifies v2 and v3 answers with it.
@Suite("certificate rotation, v2 and v3")
struct CertificateRotationTests {
    static func rotation(_ name: String) -> String { Fixtures.text("rotation/\(name)") }

    static func certificates() throws -> AlipayCertificates {
        try AlipayCertificates(
            appCertificate: rotation("appCert.crt"), alipayPublicCertificate: rotation("alipayCert_current.crt"),
            alipayRootCertificate: rotation("alipayRootCert.crt"))
    }

    /// A certificate-mode gateway and client on the rotation PKI.
    static func withRotationGateway(_ body: (AlipayTestGateway, AlipayClient) async throws -> Void) async throws {
        let gateway = try await AlipayTestGateway.start(
            .init(
                appId: Fixtures.appId, certificates: try certificates(),
                alipayPrivateKey: rotation("alipay_current_private.pem")))
        await gateway.route(.post, syncPath) { _ in .json(["agreement_no": "20195108518085620000"]) }
        var config = AlipayConfig(
            appId: Fixtures.appId, privateKey: Fixtures.appPrivateKey, certificates: try certificates())
        config.serverURL = gateway.baseURL
        config.timeout = .seconds(5)
        do {
            try await body(gateway, try AlipayClient(config: config))
        } catch {
            await gateway.stop()
            throw error
        }
        await gateway.stop()
    }

    static func downloads(_ gateway: AlipayTestGateway) async -> Int {
        await gateway.receivedV2Requests.filter { $0.method == "alipay.open.app.alipaycert.download" }.count
    }

    static func query(_ client: AlipayClient) async throws(AlipayError) -> AlipayV2Response {
        try await client.v2.execute("alipay.user.info.share")
    }

    static func sync(_ client: AlipayClient) async throws(AlipayError) -> SyncResponse {
        try await client.send(
            AlipayRequest(method: .post, path: syncPath, body: .json(SyncModel(agreementNo: "20195108518085620000"))),
            returning: SyncResponse.self)
    }

    @Test("a rotated certificate that chains to the roots is downloaded once, shared by concurrent calls, v2 and v3")
    func trustedRotation() async throws {
        try await Self.withRotationGateway { gateway, client in
            await gateway.routeV2("alipay.user.info.share") { _ in .success(["user_id": "2088000000000001"]) }
            let before = try await Self.query(client)
            #expect(before.alipayCertificateSerialNumber == (try Self.certificates().alipayCertificateSerialNumber))

            try await gateway.rotateAlipayCertificate(
                certificatePEM: Self.rotation("alipayCert_rotated.crt"),
                privateKey: Self.rotation("alipay_rotated_private.pem"))
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<8 {
                    group.addTask {
                        if index % 2 == 0 {
                            let response = try await Self.query(client)
                            #expect(response.alipayCertificateSerialNumber != before.alipayCertificateSerialNumber)
                        } else {
                            #expect(try await Self.sync(client).agreementNo == "20195108518085620000")
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(await Self.downloads(gateway) == 1)
            // Known from now on: no further download.
            _ = try await Self.query(client)
            _ = try await Self.sync(client)
            #expect(await Self.downloads(gateway) == 1)
        }
    }

    @Test(
        "a certificate from another root or an expired one is refused, and not downloaded again and again",
        arguments: [
            ("alipayCert_untrusted.crt", "alipay_untrusted_private.pem"),
            ("alipayCert_expired.crt", "alipay_expired_private.pem"),
        ])
    func untrustedRotation(certificate: String, key: String) async throws {
        try await Self.withRotationGateway { gateway, client in
            await gateway.routeV2("alipay.user.info.share") { _ in .success(["user_id": "2088000000000001"]) }
            try await gateway.rotateAlipayCertificate(
                certificatePEM: Self.rotation(certificate), privateKey: Self.rotation(key))
            for _ in 0..<3 {
                do {
                    _ = try await Self.query(client)
                    Issue.record("an answer signed by \(certificate) was accepted")
                } catch AlipayError.unknownAlipayCertificate(let sn, let expected, _) {
                    #expect(sn != expected)
                }
                do {
                    _ = try await Self.sync(client)
                    Issue.record("a v3 answer signed by \(certificate) was accepted")
                } catch AlipayError.unknownAlipayCertificate {
                }
            }
            #expect(await Self.downloads(gateway) == 1)
        }
    }

    @Test("an SN the gateway cannot serve stays unknownAlipayCertificate, after one download attempt")
    func unknownSerial() async throws {
        try await Self.withRotationGateway { gateway, client in
            await gateway.routeV2("alipay.user.info.share") { _ in .success(["user_id": "2088000000000001"]) }
            await gateway.setFaults([.wrongCertificateSN])
            for _ in 0..<2 {
                do {
                    _ = try await Self.query(client)
                    Issue.record("accepted")
                } catch AlipayError.unknownAlipayCertificate(let sn, _, _) {
                    #expect(sn == "00000000000000000000000000000000")
                }
            }
            #expect(await Self.downloads(gateway) == 1)
        }
    }
}
