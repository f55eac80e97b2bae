import AlipayTestGateway
import Foundation
import Testing

@testable import AlipayRuntime

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Every v2 entry point against the test gateway over loopback HTTP: checkout, notification, query, refund.
@Suite("v2 end to end through the test gateway")
struct V2EndToEndTests {
    struct TradeQuery: Decodable {
        var outTradeNo: String?
        var tradeStatus: String?
        var totalAmount: String?

        enum CodingKeys: String, CodingKey {
            case outTradeNo = "out_trade_no"
            case tradeStatus = "trade_status"
            case totalAmount = "total_amount"
        }
    }

    @Test(
        "app pay: order string accepted, paid, notified, queried, refunded",
        arguments: TransportKind.allCases.flatMap { transport in
            [(GatewayMode.key, false), (.key, true), (.certificate, false), (.certificate, true)].map {
                ($0.0, $0.1, transport)
            }
        })
    func appPay(mode: GatewayMode, encrypt: Bool, transport: TransportKind) async throws {
        try await withGateway(mode, encrypt: encrypt, transport: transport) { gateway, client in
            let orderString = try client.v2.sdkExecute(
                "alipay.trade.app.pay",
                bizContent: ["out_trade_no": "E2E-APP-1", "total_amount": "9.00", "subject": "大乐透 & = +"],
                parameters: ["notify_url": "https://example.com/alipay/notify"])
            let accepted = try await gateway.acceptOrderString(orderString)
            #expect(accepted.method == "alipay.trade.app.pay")

            let waiting = try await client.v2.execute("alipay.trade.query", bizContent: ["out_trade_no": "E2E-APP-1"])
            #expect(try waiting.decode(TradeQuery.self).tradeStatus == "WAIT_BUYER_PAY")

            let notification = try await gateway.pay(outTradeNo: "E2E-APP-1")
            #expect(client.verifyNotification(formBody: notification))
            #expect(!client.verifyNotification(formBody: notification.replacingOccurrences(of: "9.00", with: "0.01")))

            let paid = try await client.v2.execute("alipay.trade.query", bizContent: ["out_trade_no": "E2E-APP-1"])
            let trade = try paid.decode(TradeQuery.self)
            #expect(trade.tradeStatus == "TRADE_SUCCESS" && trade.totalAmount == "9.00")
            #expect(paid.code == "10000")
            #expect((paid.alipayCertificateSerialNumber != nil) == (mode == .certificate))

            let refund = try await client.v2.execute(
                "alipay.trade.refund", bizContent: ["out_trade_no": "E2E-APP-1", "refund_amount": "1.00"])
            #expect(refund.code == "10000")
            let received = await gateway.receivedV2Requests.filter { $0.method == "alipay.trade.refund" }
            #expect(received.count == 1 && received[0].wasEncrypted == encrypt)
        }
    }

    @Test(
        "a business failure is AlipayError.api with the sub_code, verified; the raw code stays reachable",
        arguments: TransportKind.allCases)
    func businessFailure(transport: TransportKind) async throws {
        for mode in [GatewayMode.key, .certificate] {
            try await withGateway(mode, encrypt: mode == .certificate, transport: transport) { _, client in
                do {
                    _ = try await client.v2.execute("alipay.trade.query", bizContent: ["out_trade_no": "NOPE"])
                    Issue.record("a missing trade was found")
                } catch AlipayError.api(let error) {
                    #expect(error.code == "ACQ.TRADE_NOT_EXIST" && error.message == "交易不存在")
                    #expect(error.gatewayCode == "40004" && error.gatewayMessage == "Business Failed")
                    #expect(error.isVerified && error.status == 200)
                }
            }
        }
    }

    @Test(
        "page pay: the POST form and the GET URL, submitted as a browser would, open the trade",
        arguments: TransportKind.allCases)
    func pagePay(transport: TransportKind) async throws {
        try await withGateway(.key, transport: transport) { gateway, client in
            let html = try client.v2.pageExecute(
                "alipay.trade.page.pay",
                bizContent: [
                    "out_trade_no": "E2E-PAGE-1", "total_amount": "88.88", "subject": "a &amp; b &copy \"c\"",
                    "product_code": "FAST_INSTANT_TRADE_PAY",
                ],
                parameters: ["return_url": "https://example.com/return", "notify_url": "https://example.com/notify"])
            let form = try HTMLAttributeDecoder.form(html)
            var request = URLRequest(url: URL(string: form.action)!)
            request.httpMethod = "POST"
            request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(FormEncoding.encode(form.fields.map { ($0.0, $0.1) }).utf8)
            let (_, posted) = try await URLSession.shared.data(for: request)
            #expect((posted as? HTTPURLResponse)?.statusCode == 200)

            let url = try client.v2.pageExecute(
                "alipay.trade.wap.pay",
                bizContent: [
                    "out_trade_no": "E2E-WAP-1", "total_amount": "1.00", "subject": "WAP",
                    "product_code": "QUICK_WAP_WAY",
                ],
                httpMethod: .get)
            let (_, fetched) = try await URLSession.shared.data(from: URL(string: url)!)
            #expect((fetched as? HTTPURLResponse)?.statusCode == 200)
            #expect(await gateway.v2Rejections.isEmpty)

            for outTradeNo in ["E2E-PAGE-1", "E2E-WAP-1"] {
                let response = try await client.v2.execute(
                    "alipay.trade.query", bizContent: ["out_trade_no": outTradeNo])
                #expect(try response.decode(TradeQuery.self).tradeStatus == "WAIT_BUYER_PAY")
            }
        }
    }

    @Test(
        "options: app_auth_token is signed and sent, extra parameters arrive, a route answers any method",
        arguments: TransportKind.allCases)
    func optionsAndRoutes(transport: TransportKind) async throws {
        try await withGateway(.key, transport: transport) { gateway, client in
            await gateway.routeV2("alipay.user.info.share") { request in
                .success(["user_id": "2088000000000001", "token": request.parameters["auth_token"] ?? ""])
            }
            let response = try await client.v2.execute(
                "alipay.user.info.share", parameters: ["auth_token": "user-token-1"],
                options: AlipayRequestOptions(appAuthToken: "isv-token-1"))
            #expect(response.text.contains("\"token\":\"user-token-1\""))
            let received = try #require(await gateway.receivedV2Requests.last)
            #expect(received.appAuthToken == "isv-token-1" && received.bizContent == nil)
        }
    }

    @Test("faults: each becomes its own AlipayError, never a decoded value", arguments: TransportKind.allCases)
    func faults(transport: TransportKind) async throws {
        typealias Fault = AlipayTestGateway.Fault
        let cases: [(Fault, (AlipayError) -> Bool)] = [
            (.tamperedBody, { if case .invalidSignature = $0 { true } else { false } }),
            (.duplicateNode, { if case .invalidResponse(let r) = $0 { r.reason.contains("twice") } else { false } }),
            (.unsignedResponse, { if case .missingSignatureField("sign", _) = $0 { true } else { false } }),
            (.htmlServerError, { if case .invalidResponse(let r) = $0 { r.status == 500 } else { false } }),
            (.truncatedJSON, { if case .invalidResponse(let r) = $0 { r.reason.contains("JSON") } else { false } }),
            (.delay(.seconds(3)), { if case .timeout = $0 { true } else { false } }),
        ]
        try await withGateway(.key, timeout: .seconds(10), transport: transport) { gateway, client in
            _ = try await gateway.acceptOrderString(
                client.v2.sdkExecute(
                    "alipay.trade.app.pay", bizContent: ["out_trade_no": "F-1", "total_amount": "1.00", "subject": "F"])
            )
            for (fault, matches) in cases {
                await gateway.setFaults([fault])
                // The delayed answer outlasts a per-call timeout shorter than the configured one.
                let options = AlipayRequestOptions(timeout: fault == .delay(.seconds(3)) ? .seconds(1) : nil)
                do {
                    let response = try await client.v2.execute(
                        "alipay.trade.query", bizContent: ["out_trade_no": "F-1"], options: options)
                    Issue.record("\(fault): accepted \(response.text)")
                } catch let error as AlipayError {
                    #expect(matches(error), "\(fault): \(error)")
                }
            }
            // Escaped slashes are Alipay's own habit: accepted.
            await gateway.setFaults([.escapedSlashes])
            _ = try await client.v2.execute("alipay.trade.query", bizContent: ["out_trade_no": "F-1"])
            await gateway.setFaults([])
        }
    }

    @Test("a wrong app key is refused by the gateway's signature check, and said so", arguments: TransportKind.allCases)
    func wrongKey(transport: TransportKind) async throws {
        try await withGateway(.key) { gateway, _ in
            var config = Fixtures.keyModeConfig()
            config.privateKey = Fixtures.text("alipay_private_pkcs8.pem")  // not the app's key
            config.alipayPublicKey = Fixtures.text("app_public.b64")
            config.serverURL = gateway.baseURL
            let client = try AlipayClient(config: config, transport: transport.make())
            do {
                _ = try await client.v2.execute("alipay.trade.query", bizContent: ["out_trade_no": "X"])
                Issue.record("accepted")
            } catch let error as AlipayError {
                // The gateway signs its refusal with Alipay's key, which this client does not hold.
                #expect(error.description.contains("signature"), "\(error)")
            }
            #expect(await gateway.v2Rejections.last?.subCode == "isv.invalid-signature")
        }
    }
}
