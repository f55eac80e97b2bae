// swift-format-ignore-file
// The snippet is kept exactly as users write it, long lines and all.
import AlipaySDK  // or AlipayTrade: the snippet's trade calls need only that module (tested below)
import AlipayTestGateway
import Foundation
import Testing

/// The typed v3 trade API as users write it: the published snippet, run as written against the test
/// gateway, and the line it says does not compile, proven not to.
@Suite struct TradeAPISnippetTests {
    @Test func theSnippetRunsAsWritten() async throws {
        try await withKeyModeGateway { gateway in
            let client = try keyModeClient(for: gateway)
            let authCode = "4b203fe6c11548bcabd8da5bb087a83b"
            await gateway.route(.post, "/v3/alipay/system/oauth/token") { request in
                #expect(request.body?.contains(#""code":"4b203fe6c11548bcabd8da5bb087a83b""#) == true)
                return .json([
                    "user_id": "2088102150477652", "access_token": "20120823ac6ffaa4d2d84e7384bf983531473993",
                    "expires_in": "3600", "refresh_token": "20120823ac6ffdsdf2d84e7384bf983531473993",
                    "re_expires_in": "3600",
                ])
            }

            let trade = AlipayTradeApi(client: client)
            let order = try await trade.precreate(AlipayTradePrecreateModel(outTradeNo: "70501111111S001111119", subject: "Order 119", totalAmount: "88.88"))
            _ = try await gateway.pay(outTradeNo: "70501111111S001111119")  // the buyer scans the code and pays
            let paid = try await trade.query(AlipayTradeQueryModel(outTradeNo: "70501111111S001111119"))
            if paid.tradeStatus == .tradeSuccess { /* ship it */ }
            let refund = try await trade.refund(AlipayTradeRefundModel(outRequestNo: "R1", outTradeNo: "70501111111S001111119", refundAmount: "9.00"))
            let status = try await AlipayTradeFastpayRefundApi(client: client).query(AlipayTradeFastpayRefundQueryModel(outRequestNo: "R1", outTradeNo: "70501111111S001111119"))
            let token = try await AlipaySystemOauthApi(client: client).token(AlipaySystemOauthTokenModel(code: authCode, grantType: "authorization_code"))
            // Does not compile: total_amount is required.
            // let bad = AlipayTradePrecreateModel(outTradeNo: "70501111111S001111119", subject: "Order 119")

            #expect(order.outTradeNo == "70501111111S001111119" && order.qrCode?.hasPrefix("https://") == true)
            #expect(paid.tradeStatus == .tradeSuccess && paid.totalAmount == "88.88")
            #expect(refund.refundFee == "9.00" && refund.fundChange == .y)
            #expect(status.refundStatus == .refundSuccess && status.refundAmount == "9.00")
            #expect(token.accessToken == "20120823ac6ffaa4d2d84e7384bf983531473993" && token.userId == "2088102150477652")
        }
    }

    /// A value Alipay adds later decodes as `unknown` and goes back unchanged; a literal still builds
    /// a request field that became an enum.
    @Test func businessEnumsAreOpen() throws {
        let answer = try JSONDecoder().decode(
            AlipayTradeQueryResponseModel.self, from: Data(#"{"trade_status":"TRADE_PAUSED","extra":1}"#.utf8))
        #expect(answer.tradeStatus == .unknown("TRADE_PAUSED"))
        #expect(String(decoding: try JSONEncoder().encode(answer), as: UTF8.self) == #"{"trade_status":"TRADE_PAUSED"}"#)
        let status: AlipayTradeStatus = "TRADE_SUCCESS"
        #expect(status == .tradeSuccess)
        // Answers stay tolerant: nothing is required in a response model.
        #expect(try JSONDecoder().decode(AlipayTradeQueryResponseModel.self, from: Data("{}".utf8)).tradeStatus == nil)
    }

    /// The snippet's commented line: `total_amount` is required, so leaving it out does not compile;
    /// the trade calls compile with `import AlipayTrade` alone.
    @Test func aRequestWithoutARequiredFieldDoesNotCompile() async throws {
        let good = """
            import AlipayTrade

            func run(client: AlipayClient) async throws {
                let trade = AlipayTradeApi(client: client)
                let order = try await trade.precreate(AlipayTradePrecreateModel(outTradeNo: "70501111111S001111119", subject: "Order 119", totalAmount: "88.88"))
                let paid = try await trade.query(AlipayTradeQueryModel(outTradeNo: "70501111111S001111119"))
                if paid.tradeStatus == .tradeSuccess { /* ship it */ }
                let refund = try await trade.refund(AlipayTradeRefundModel(outRequestNo: "R1", outTradeNo: "70501111111S001111119", refundAmount: "9.00"))
                let status = try await AlipayTradeFastpayRefundApi(client: client).query(AlipayTradeFastpayRefundQueryModel(outRequestNo: "R1", outTradeNo: "70501111111S001111119"))
                _ = (order, refund, status)
            }
            """
        let bad = """
            import AlipayTrade
            let bad = AlipayTradePrecreateModel(outTradeNo: "70501111111S001111119", subject: "Order 119")
            """
        let accepted = try await TypeCheck.run(good)
        #expect(accepted.status == 0, "the control snippet must compile: \(accepted.output)")
        let refused = try await TypeCheck.run(bad)
        #expect(refused.status != 0)
        #expect(refused.output.contains("missing argument for parameter 'totalAmount'"), "\(refused.output)")
    }
}
