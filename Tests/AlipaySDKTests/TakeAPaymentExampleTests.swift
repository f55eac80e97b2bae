import AlipayPaymentExamples
import AlipaySDK
import AlipayTestGateway
import Foundation
import Testing

/// The README's "Take a payment" examples: the same code as the compiled target, and it works.
@Suite struct TakeAPaymentExampleTests {
    @Test func readmeShowsTheCompiledExamples() throws {
        try ReadmeExamples.expectBlocks(
            ofSection: "Take a payment", count: 3, in: "Sources/AlipayPaymentExamples/TakeAPayment.swift")
    }

    @Test func appPayNotificationAndQuery() async throws {
        try await withKeyModeGateway { gateway in
            var config = AlipayConfig(
                appId: Keys.appId, privateKey: Keys.appPrivateKey, alipayPublicKey: Keys.alipayPublicKey)
            config.serverURL = gateway.baseURL
            let client = try AlipayClient(config: config)
            let order = TakeAPayment.Order(id: "README-1", amount: "9.00", subject: "大乐透")
            _ = try await gateway.acceptOrderString(try TakeAPayment.orderString(for: order, client: client))
            #expect(try await TakeAPayment.tradeStatus(of: order, client: client) == "WAIT_BUYER_PAY")

            let body = try await gateway.pay(outTradeNo: order.id)
            var paid: [String] = []
            let answer = TakeAPayment.handleNotification(
                formBody: body, client: client, findOrder: { $0 == order.id ? order : nil },
                markPaid: { paid.append($0.id) })
            #expect(answer == "success")
            #expect(paid == ["README-1"])

            let forged = body.replacingOccurrences(of: "total_amount=9.00", with: "total_amount=0.01")
            #expect(forged != body)
            #expect(
                TakeAPayment.handleNotification(
                    formBody: forged, client: client, findOrder: { _ in order }, markPaid: { _ in }) == "failure")
            #expect(
                TakeAPayment.handleNotification(
                    formBody: body, client: client, findOrder: { _ in nil }, markPaid: { _ in }) == "failure")
            #expect(
                TakeAPayment.handleNotification(
                    formBody: body,
                    client: client,
                    findOrder: { _ in TakeAPayment.Order(id: order.id, amount: "0.01", subject: order.subject) },
                    markPaid: { _ in }) == "failure")
            #expect(try await TakeAPayment.tradeStatus(of: order, client: client) == "TRADE_SUCCESS")
        }
    }

    @Test func checkoutPageSubmitsToTheGateway() async throws {
        try await withKeyModeGateway { gateway in
            var config = AlipayConfig(
                appId: Keys.appId, privateKey: Keys.appPrivateKey, alipayPublicKey: Keys.alipayPublicKey)
            config.serverURL = gateway.baseURL
            let client = try AlipayClient(config: config)
            let html = try TakeAPayment.checkoutPage(
                for: TakeAPayment.Order(id: "README-2", amount: "88.88", subject: "Order 2"), client: client)
            #expect(
                html.hasPrefix(
                    "<form name=\"punchout_form\" method=\"post\" action=\"\(gateway.gatewayURL.absoluteString)?"))
            #expect(html.contains("name=\"biz_content\""))
        }
    }
}
