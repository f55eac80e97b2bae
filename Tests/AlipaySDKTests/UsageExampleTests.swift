import AlipaySDK
import AlipayTestGateway
import Foundation
import Testing

/// The usage example from the README, as written, against the loopback gateway: key mode and
/// certificate mode, with AES.
@Suite struct UsageExampleTests {
    @Test func keyModeExampleRuns() async throws {
        try await withKeyModeGateway(encrypt: true) { gateway in
            await gateway.route(.post, "/v3/zhima/credit/pe/zmgo/cumulation/sync") { request in
                .json(["agreement_no": try request.decode([String: String].self)["agreement_no"] ?? ""])
            }
            let appPrivateKey = Keys.appPrivateKey
            let alipayPublicKey = Keys.alipayPublicKey
            let aesKeyBase64 = Keys.aesKey

            // The example, as the README and the issue write it.
            var config = AlipayConfig(
                appId: "2021000000000001", privateKey: appPrivateKey, alipayPublicKey: alipayPublicKey)
            config.encryptKey = aesKeyBase64
            config.serverURL = gateway.baseURL
            config.timeout = .seconds(10)
            let client = try AlipayClient(config: config)
            let api = ZhimaCreditPeZmgoCumulationApi(client: client)
            let response = try await api.sync(
                ZhimaCreditPeZmgoCumulationSyncModel(
                    agreementNo: "20195108518085620000", bizAction: "ORDER_PAID", userId: "2088602002015001"))

            #expect(response.agreementNo == "20195108518085620000")
            #expect(await gateway.receivedRequests.last?.wasEncrypted == true)
            #expect(await gateway.rejections.isEmpty)
        }
    }

    @Test func certificateModeExampleRuns() async throws {
        let gateway = try await AlipayTestGateway.start(
            .init(
                appId: Keys.appId,
                certificates: try AlipayCertificates(
                    appCertificatePath: Keys.path("appCertPublicKey.crt"),
                    alipayPublicCertificatePath: Keys.path("alipayCertPublicKey_RSA2.crt"),
                    alipayRootCertificatePath: Keys.path("alipayRootCert.crt")),
                alipayPrivateKey: Keys.alipayPrivateKey))
        defer { Task { await gateway.stop() } }
        await gateway.route(.post, "/v3/zhima/credit/pe/zmgo/cumulation/sync") { _ in
            .json(["agreement_no": "20195108518085620000"])
        }
        let appPrivateKey = Keys.appPrivateKeyBase64

        var config = AlipayConfig(
            appId: "2021000000000001", privateKey: appPrivateKey,
            certificates: try AlipayCertificates(
                appCertificatePath: Keys.path("appCertPublicKey.crt"),
                alipayPublicCertificatePath: Keys.path("alipayCertPublicKey_RSA2.crt"),
                alipayRootCertificatePath: Keys.path("alipayRootCert.crt")))
        config.serverURL = gateway.baseURL
        config.timeout = .seconds(10)
        let client = try AlipayClient(config: config)
        let api = ZhimaCreditPeZmgoCumulationApi(client: client)
        let response = try await api.sync(
            ZhimaCreditPeZmgoCumulationSyncModel(
                agreementNo: "20195108518085620000", bizAction: "ORDER_PAID", userId: "2088602002015001"))
        #expect(response.agreementNo == "20195108518085620000")
        #expect(await gateway.rejections.isEmpty)
    }
}
