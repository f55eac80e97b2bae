// swift-format-ignore-file
// The snippet is kept exactly as users write it, long lines and all.
import AlipaySDK  // or AlipayTrade: the snippet needs only that module (tested below)
import AlipayTestGateway
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The typed v2 payment starts as users write them: the published snippet run as written, the same
/// bytes as the untyped `client.v2` calls, the form submitted by a "browser" to the test gateway, and
/// a model without a required field proven not to compile.
@Suite struct TypedV2PaySnippetTests {
    @Test func theSnippetRunsAsWrittenAndTheGatewayAcceptsBoth() async throws {
        try await withKeyModeGateway { gateway in
            var config = AlipayConfig(appId: Keys.appId, privateKey: Keys.appPrivateKey, alipayPublicKey: Keys.alipayPublicKey)
            config.gatewayURL = gateway.gatewayURL  // added: the loopback gateway
            let client = try AlipayClient(config: config)

            // The snippet, as written.
            let html: String = try AlipayTradePageApi(client: client).pay(
                AlipayTradePagePayModel(outTradeNo: "70501111111S001111120", productCode: "FAST_INSTANT_TRADE_PAY", subject: "Order 120", totalAmount: "88.88"),
                returnURL: "https://example.com/return", notifyURL: "https://example.com/notify")           // a form; httpMethod: .get gives a URL
            let orderString: String = try AlipayTradeAppApi(client: client).pay(
                AlipayTradeAppPayModel(outTradeNo: "70501111111S001111119", subject: "大乐透", totalAmount: "9.00"),
                notifyURL: "https://example.com/notify")

            // Added: the browser submits the form; the trade opens and the cashier shows it.
            let cashier = try await BrowserForm(html: html).submit()
            #expect(cashier.contains(#"<dd id="out_trade_no">70501111111S001111120</dd>"#), "\(cashier)")
            #expect(cashier.contains(#"<dd id="trade_status">WAIT_BUYER_PAY</dd>"#), "\(cashier)")
            let query = try await client.v2.execute("alipay.trade.query", bizContent: ["out_trade_no": "70501111111S001111120"])
            #expect(query.code == "10000")
            #expect(try query.decode([String: String].self)["trade_status"] == "WAIT_BUYER_PAY")
            let received = try #require(await gateway.receivedV2Requests.first { $0.parameters["method"] == "alipay.trade.page.pay" })
            #expect(received.parameters["return_url"] == "https://example.com/return")
            #expect(received.parameters["notify_url"] == "https://example.com/notify")

            // Added: the app's order string is accepted as the mobile SDK sends it on.
            let accepted = try await gateway.acceptOrderString(orderString)
            #expect(accepted.parameters["method"] == "alipay.trade.app.pay")
            #expect(accepted.parameters["notify_url"] == "https://example.com/notify")
            #expect(accepted.parameters["biz_content"] == #"{"out_trade_no":"70501111111S001111119","subject":"大乐透","total_amount":"9.00"}"#)

            // Added: `.get` gives the gateway URL, which opens the WAP trade as well.
            let url = try AlipayTradeWapApi(client: client).pay(
                AlipayTradeWapPayModel(outTradeNo: "70501111111S001111121", productCode: "QUICK_WAP_WAY", subject: "Order 121", totalAmount: "1.00"),
                returnURL: "https://example.com/return", httpMethod: .get)
            #expect(url.hasPrefix(gateway.gatewayURL.absoluteString + "?"))
            let (data, _) = try await URLSession.shared.data(from: try #require(URL(string: url)))
            #expect(String(decoding: data, as: UTF8.self).contains(#"<dd id="out_trade_no">70501111111S001111121</dd>"#))
        }
    }

    /// The typed calls sign exactly what the untyped calls sign for the same fields: the model's own
    /// JSON writer against `JSONEncoder`, and the text parameters against a dictionary.
    @Test func typedCallsProduceTheUntypedCallsBytes() throws {
        let client = try AlipayClient(
            config: AlipayConfig(appId: Keys.appId, privateKey: Keys.appPrivateKey, alipayPublicKey: Keys.alipayPublicKey))
        let page = AlipayTradePagePayModel(
            body: "A / B\n\"quoted\" <b>&amp;</b> \u{1}",
            extendParams: ExtendParamsV2(fqNum: "3", royaltyFreeze: "true"),
            goodsDetail: [GoodsDetailV2(goodsId: "G1", goodsName: "黑色 & 白色", price: "44.44", quantity: 2), GoodsDetailV2(goodsId: "G2", goodsName: "x", price: "0.01", quantity: 1)],
            outTradeNo: "T-1", productCode: "FAST_INSTANT_TRADE_PAY", queryOptions: ["a", "b"],
            subMerchant: SubMerchant(merchantId: "2088", merchantType: .alipay), subject: "Order", totalAmount: "88.88")
        let simple = AlipayTradeAppPayModel(outTradeNo: "70501111111S001111119", subject: "大乐透", totalAmount: "9.00")
        // Both sides read the clock: retried in the rare case that a second ends between them.
        var pairs: [(typed: String, untyped: String)] = []
        for _ in 0..<3 {
            pairs = [
                (
                    try AlipayTradePageApi(client: client).pay(page, returnURL: "https://example.com/return?a=1&b=2", notifyURL: "https://example.com/notify"),
                    try client.v2.pageExecute("alipay.trade.page.pay", bizContent: page, parameters: ["return_url": "https://example.com/return?a=1&b=2", "notify_url": "https://example.com/notify"])
                ),
                (
                    try AlipayTradePageApi(client: client).pay(page, appAuthToken: "token-1", httpMethod: .get),
                    try client.v2.pageExecute("alipay.trade.page.pay", bizContent: page, parameters: ["app_auth_token": "token-1"], httpMethod: .get)
                ),
                (
                    try AlipayTradeAppApi(client: client).pay(simple, notifyURL: "https://example.com/notify"),
                    try client.v2.sdkExecute(
                        "alipay.trade.app.pay",
                        bizContent: ["out_trade_no": "70501111111S001111119", "subject": "大乐透", "total_amount": "9.00"],
                        parameters: ["notify_url": "https://example.com/notify"])
                ),
            ]
            if pairs.allSatisfy({ $0.typed == $0.untyped }) { break }
        }
        for pair in pairs {
            #expect(pair.typed == pair.untyped)
        }
        #expect(pairs[0].typed.contains("name=\"biz_content\""))
        #expect(pairs[0].typed.contains("&quot;fq_num&quot;:&quot;3&quot;"))
        #expect(pairs[1].typed.contains("app_auth_token=token-1"))
        #expect(pairs[2].typed.contains("sign="))
    }

    /// The model's required fields are not optional: leaving one out does not compile; the snippet
    /// compiles with `import AlipayTrade` alone.
    @Test func aModelWithoutARequiredFieldDoesNotCompile() async throws {
        let good = """
            import AlipayTrade

            func run(client: AlipayClient) throws {
                let html: String = try AlipayTradePageApi(client: client).pay(
                    AlipayTradePagePayModel(outTradeNo: "70501111111S001111120", productCode: "FAST_INSTANT_TRADE_PAY", subject: "Order 120", totalAmount: "88.88"),
                    returnURL: "https://example.com/return", notifyURL: "https://example.com/notify")           // a form; httpMethod: .get gives a URL
                let orderString: String = try AlipayTradeAppApi(client: client).pay(
                    AlipayTradeAppPayModel(outTradeNo: "70501111111S001111119", subject: "大乐透", totalAmount: "9.00"),
                    notifyURL: "https://example.com/notify")
                _ = (html, orderString)
            }
            """
        let accepted = try await TypeCheck.run(good)
        #expect(accepted.status == 0, "the control snippet must compile: \(accepted.output)")
        let withoutProductCode = try await TypeCheck.run("""
            import AlipayTrade
            let bad = AlipayTradePagePayModel(outTradeNo: "70501111111S001111120", subject: "Order 120", totalAmount: "88.88")
            """)
        #expect(withoutProductCode.status != 0)
        #expect(withoutProductCode.output.contains("missing argument for parameter 'productCode'"), "\(withoutProductCode.output)")
        let withoutAmount = try await TypeCheck.run("""
            import AlipayTrade
            let bad = AlipayTradeAppPayModel(outTradeNo: "70501111111S001111119", subject: "大乐透")
            """)
        #expect(withoutAmount.status != 0)
        #expect(withoutAmount.output.contains("missing argument for parameter 'totalAmount'"), "\(withoutAmount.output)")
        let typo = try await TypeCheck.run("""
            import AlipayTrade
            let bad = AlipayTradeAppPayModel(outTradeNo: "70501111111S001111119", subjct: "大乐透", totalAmount: "9.00")
            """)
        #expect(typo.status != 0, "a misspelled field name must not compile")
    }
}

/// What a browser does with the page pay form: decodes the action and the hidden fields' HTML
/// attributes, and posts the fields form-encoded to the action.
struct BrowserForm {
    var action: String
    var fields: [(name: String, value: String)]

    init(html: String) throws {
        action = Self.decoded(try #require(Self.attribute("action", in: html)))
        fields = []
        for input in html.components(separatedBy: "<input ").dropFirst() where input.contains("type=\"hidden\"") {
            let name = try #require(Self.attribute("name", in: input))
            let value = try #require(Self.attribute("value", in: input))
            fields.append((Self.decoded(name), Self.decoded(value)))
        }
    }

    func submit() async throws -> String {
        var request = URLRequest(url: try #require(URL(string: action)))
        request.httpMethod = "POST"
        request.timeoutInterval = 10
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._*")
        let body = fields.map { field in
            [field.name, field.value].map { $0.addingPercentEncoding(withAllowedCharacters: allowed)! }.joined(separator: "=")
        }
        request.httpBody = Data(body.joined(separator: "&").utf8)
        let (data, _) = try await URLSession.shared.data(for: request)
        return String(decoding: data, as: UTF8.self)
    }

    private static func attribute(_ name: String, in html: String) -> String? {
        guard let start = html.range(of: " \(name)=\"") else { return nil }
        let rest = html[start.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// The entities the form uses, as a browser decodes them (`&amp;` last).
    private static func decoded(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
