// swift-format-ignore-file
// The snippet below is kept exactly as users write it, so the formatter leaves this file alone.

import AlipaySDK
import AlipayTestGateway
import Foundation
import Testing

/// The v2 API exactly as users write it (the "Take a payment" snippet), run against the loopback
/// gateway: the only added lines point the client at the gateway and check the results.
@Suite struct TakePaymentSnippetTests {
    @Test func snippetCompilesAndRuns() async throws {
        try await withKeyModeGateway { gateway in
            await gateway.routeV2("alipay.trade.query") { request in
                let query = try request.decodeBizContent([String: String].self)
                return .success(["out_trade_no": query["out_trade_no"] ?? "", "trade_status": "TRADE_SUCCESS"])
            }
            let appPrivateKey = Keys.appPrivateKey
            let alipayPublicKey = Keys.alipayPublicKey

            // The snippet, as written.
            var config = AlipayConfig(appId: "2021000000000001", privateKey: appPrivateKey, alipayPublicKey: alipayPublicKey)
            config.gatewayURL = URL(string: "https://openapi.alipay.com/gateway.do")!   // the default; sandbox and test gateways change it
            config.gatewayURL = gateway.gatewayURL  // added: the loopback gateway
            let client = try AlipayClient(config: config)       // key or certificate mode and encryptKey, as for v3

            struct AppPay: Encodable, Sendable { var out_trade_no: String; var total_amount: String; var subject: String }
            struct TradeQuery: Decodable { var trade_status: String? }

            // 1. App pay: the order string for the Alipay mobile SDK. No network.
            let orderString: String = try client.v2.sdkExecute(
                "alipay.trade.app.pay",
                bizContent: AppPay(out_trade_no: "70501111111S001111119", total_amount: "9.00", subject: "大乐透"),
                parameters: ["notify_url": "https://example.com/alipay/notify"])

            // 2. Page and WAP pay: an HTML form that submits itself (POST, the default), or a URL (GET). No network.
            let html: String = try client.v2.pageExecute(
                "alipay.trade.page.pay",
                bizContent: ["out_trade_no": "70501111111S001111120", "total_amount": "88.88", "subject": "Order 120",
                             "product_code": "FAST_INSTANT_TRADE_PAY"],
                parameters: ["return_url": "https://example.com/return", "notify_url": "https://example.com/notify"])
            let url: String = try client.v2.pageExecute(
                "alipay.trade.wap.pay",
                bizContent: ["out_trade_no": "70501111111S001111121", "total_amount": "88.88", "subject": "Order 121",
                             "product_code": "QUICK_WAP_WAY"],
                parameters: ["return_url": "https://example.com/return"], httpMethod: .get)

            // 3. Any v2 API, sent and verified.
            let response = try await client.v2.execute("alipay.trade.query", bizContent: ["out_trade_no": "70501111111S001111119"])
            let trade = try response.decode(TradeQuery.self)  // the verified (and decrypted) `alipay_trade_query_response` node
            let raw: Data = response.body                     // that node's JSON text

            // Added: what each step produced.
            let accepted = try await gateway.acceptOrderString(orderString)
            #expect(accepted.parameters["notify_url"] == "https://example.com/alipay/notify")
            #expect(html.contains("<form name=\"punchout_form\" method=\"post\" action=\"\(gateway.gatewayURL.absoluteString)?"))
            #expect(url.hasPrefix(gateway.gatewayURL.absoluteString + "?"))
            #expect(trade.trade_status == "TRADE_SUCCESS")
            #expect(String(decoding: raw, as: UTF8.self).contains("\"out_trade_no\":\"70501111111S001111119\""))
        }
    }
}
