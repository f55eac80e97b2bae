import AlipayTestGateway
import Foundation
import Testing

@testable import AlipayRuntime

/// Notifications as the test gateway sends them, and certificate mode with certificates rotated to.
@Suite("Typed notifications from the test gateway", .serialized)
struct NotificationGatewayTests {
    static func precreate(_ client: AlipayClient, _ outTradeNo: String) async throws {
        let body = #"{"out_trade_no":"\#(outTradeNo)","subject":"Swift 测试商品","total_amount":"88.88"}"#
        let response = try await client.execute(method: .post, path: "/v3/alipay/trade/precreate", body: body)
        #expect(response.status == 200)
    }

    @Test(
        "the notification of a trade paid at the gateway verifies and reads typed",
        arguments: [GatewayMode.key, .certificate])
    func paidAtTheGateway(mode: GatewayMode) async throws {
        try await withGateway(mode) { gateway, client in
            try await Self.precreate(client, "NOTIFY-1")
            let body = try await gateway.pay(outTradeNo: "NOTIFY-1")
            let n = try client.notification(formBody: body)
            #expect(n.notifyType == "trade_status_sync")
            #expect(n.tradeStatus == .tradeSuccess)
            #expect(n.outTradeNo == "NOTIFY-1")
            #expect(n.tradeNo?.count == 28)
            #expect(n.totalAmount == "88.88")
            #expect(n.receiptAmount == "88.88")
            #expect(n.buyerPayAmount == "88.88")
            #expect(n.subject == "Swift 测试商品")
            #expect(n.fundBillList == [AlipayFundBill(fundChannel: "ALIPAYACCOUNT", amount: "88.88")])
            #expect(n.gmtPayment.map { $0.count == 19 } == true)
            #expect(n.appId == Fixtures.appId)
            // Changed on the way: refused.
            let tampered = body.replacingOccurrences(of: "total_amount=88.88", with: "total_amount=0.01")
            #expect(tampered != body)
            #expect(throws: AlipayError.self) { try client.notification(formBody: tampered) }
        }
    }

    @Test("certificate mode: a notification signed with a certificate the client learned through rotation verifies")
    func rotatedCertificate() async throws {
        try await CertificateRotationTests.withRotationGateway { gateway, client in
            await gateway.routeV2("alipay.user.info.share") { _ in .success(["user_id": "2088000000000001"]) }
            let rotatedKey = CertificateRotationTests.rotation("alipay_rotated_private.pem")
            let body = try TradeNotificationSample.signedBody(privateKey: rotatedKey)
            // Not known yet: a notification names no certificate, so nothing is downloaded for it.
            #expect(throws: AlipayError.self) { try client.notification(formBody: body) }
            #expect(!client.verifyNotification(formBody: body))

            try await gateway.rotateAlipayCertificate(
                certificatePEM: CertificateRotationTests.rotation("alipayCert_rotated.crt"), privateKey: rotatedKey)
            _ = try await CertificateRotationTests.query(client)
            #expect(await CertificateRotationTests.downloads(gateway) == 1)

            #expect(try client.notification(formBody: body).tradeStatus == .tradeSuccess)
            #expect(client.verifyNotification(formBody: body))
            // The configured certificate still verifies too.
            let current = CertificateRotationTests.rotation("alipay_current_private.pem")
            #expect(
                try client.notification(formBody: TradeNotificationSample.signedBody(privateKey: current)).appId
                    == Fixtures.appId)
            // A notification the learned key did not sign is still refused.
            var tampered = try TradeNotificationSample.signed(privateKey: rotatedKey)
            tampered["total_amount"] = "0.01"
            #expect(throws: AlipayError.self) { try client.notification(tampered) }
        }
    }

    @Test("certificate mode: a notification signed by a certificate that does not chain to the roots is refused")
    func untrustedCertificate() async throws {
        try await CertificateRotationTests.withRotationGateway { gateway, client in
            await gateway.routeV2("alipay.user.info.share") { _ in .success(["user_id": "2088000000000001"]) }
            let untrustedKey = CertificateRotationTests.rotation("alipay_untrusted_private.pem")
            try await gateway.rotateAlipayCertificate(
                certificatePEM: CertificateRotationTests.rotation("alipayCert_untrusted.crt"), privateKey: untrustedKey)
            await #expect(throws: AlipayError.self) { _ = try await CertificateRotationTests.query(client) }
            let body = try TradeNotificationSample.signedBody(privateKey: untrustedKey)
            do {
                _ = try client.notification(formBody: body)
                Issue.record("a notification signed by an untrusted certificate was accepted")
            } catch AlipayError.invalidNotification(let refusal) {
                #expect(refusal == .invalidSignature)
            }
            #expect(!client.verifyNotification(formBody: body))
        }
    }
}
