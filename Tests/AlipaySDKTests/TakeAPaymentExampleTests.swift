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
            var fields: [String: String] = [:]
            for pair in body.split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1).map {
                    $0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding!
                }
                fields[parts[0]] = parts.count > 1 ? parts[1] : ""
            }
            var paid: [String] = []
            let answer = TakeAPayment.handleNotification(
                fields, client: client, findOrder: { $0 == order.id ? order : nil }, markPaid: { paid.append($0.id) })
            #expect(answer == "success")
            #expect(paid == ["README-1"])

            var forged = fields
            forged["total_amount"] = "0.01"
            #expect(
                TakeAPayment.handleNotification(forged, client: client, findOrder: { _ in order }, markPaid: { _ in })
                    == "failure")
            #expect(
                TakeAPayment.handleNotification(fields, client: client, findOrder: { _ in nil }, markPaid: { _ in })
                    == "failure")
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
