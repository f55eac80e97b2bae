import AlipayRuntime
import Foundation
import Testing

/// The lines user programs write, as written, compiled and run.
@Suite("Notification and sandbox snippet")
struct PublicAPISnippetTests {
    @Test("a sandbox configuration reads a paid notification")
    func snippet() throws {
        let appPrivateKey = Fixtures.appPrivateKey
        let alipayPublicKey = Fixtures.alipayPublicKey
        let body = try TradeNotificationSample.signedBody()
        var paid = false

        var config = AlipayConfig(
            appId: "2021000000000001", privateKey: appPrivateKey, alipayPublicKey: alipayPublicKey)
        config.environment = .sandbox
        let client = try AlipayClient(config: config)
        let n: AlipayNotification = try client.notification(formBody: body)  // throws(AlipayError) with the reason
        if n.tradeStatus == .tradeSuccess, n.outTradeNo == "70501111111S001111120", n.totalAmount == "88.88" {
            paid = true
        }
        let raw: String? = n["passback_params"]

        #expect(paid)
        #expect(raw == "order%3D7%26from%3Dapp")
        #expect(client.config.serverURL.absoluteString == "https://openapi-sandbox.dl.alipaydev.com")
    }
}
