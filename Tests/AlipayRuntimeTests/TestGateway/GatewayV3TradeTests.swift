import AlipayRuntime
import AlipayTestGateway
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The gateway's built-in v3 trade routes, called with the real client, over the trades `gateway.do` keeps.
/// Serialized: two dozen gateways signing at once would starve the timing-sensitive suites alongside.
@Suite("AlipayTestGateway v3 trade routes", .serialized)
struct GatewayV3TradeTests {
    /// A v3 trade answer: its string fields, and the raw JSON for the rest.
    struct Answer {
        var json: [String: AlipayJSONValue]

        subscript(_ name: String) -> String? {
            guard case .string(let text)? = json[name] else { return nil }
            return text
        }
    }

    /// Calls `POST /v3/alipay/trade/<operation>` with `fields` as the JSON body.
    static func call(_ client: AlipayClient, _ operation: String, _ fields: [String: String]) async throws -> Answer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let body = String(decoding: try encoder.encode(fields), as: UTF8.self)
        let response = try await client.execute(method: .post, path: "/v3/alipay/trade/" + operation, body: body)
        #expect(response.status == 200)
        return Answer(json: try response.decode([String: AlipayJSONValue].self))
    }

    /// The error a call is refused with; records an issue when it succeeds or fails otherwise.
    static func refusal(_ client: AlipayClient, _ operation: String, _ fields: [String: String]) async
        -> AlipayAPIError?
    {
        do {
            let answer = try await call(client, operation, fields)
            Issue.record("\(operation) succeeded: \(answer.json)")
        } catch AlipayError.api(let error) {
            return error
        } catch {
            Issue.record("\(operation) failed with \(error)")
        }
        return nil
    }

    /// `yyyy-MM-dd HH:mm:ss`.
    static func isBeijingTime(_ text: String?) -> Bool {
        guard let text else { return false }
        return text.range(of: #"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$"#, options: .regularExpression) != nil
    }

    static func order(_ outTradeNo: String, _ amount: String, _ extra: [String: String] = [:]) -> [String: String] {
        ["out_trade_no": outTradeNo, "total_amount": amount, "subject": "Iphone6 16G"].merging(extra) { $1 }
    }

    @Test("precreate opens a WAIT_BUYER_PAY trade with a QR code; v3 and v2 query see it; paid, it is TRADE_SUCCESS")
    func precreateThenQuery() async throws {
        try await withGateway(.key) { gateway, client in
            let created = try await Self.call(client, "precreate", Self.order("V3-PRE-1", "12.3"))
            #expect(created["out_trade_no"] == "V3-PRE-1")
            #expect(created["qr_code"]?.hasPrefix("https://qr.alipay.com/") == true)

            let waiting = try await Self.call(client, "query", ["out_trade_no": "V3-PRE-1"])
            #expect(waiting["trade_status"] == "WAIT_BUYER_PAY")
            #expect(waiting["total_amount"] == "12.30")
            #expect(waiting["out_trade_no"] == "V3-PRE-1")
            #expect(waiting["send_pay_date"] == nil)
            let tradeNo = try #require(waiting["trade_no"])
            #expect(tradeNo.count == 28)

            let v2 = try await client.v2.execute("alipay.trade.query", bizContent: ["out_trade_no": "V3-PRE-1"])
            #expect(v2.text.contains(#""trade_status":"WAIT_BUYER_PAY""#))

            _ = try await gateway.pay(outTradeNo: "V3-PRE-1")
            let paid = try await Self.call(client, "query", ["trade_no": tradeNo])
            #expect(paid["trade_status"] == "TRADE_SUCCESS")
            #expect(paid["out_trade_no"] == "V3-PRE-1")
            #expect(paid["buyer_pay_amount"] == "12.30")
            #expect(Self.isBeijingTime(paid["send_pay_date"]))
            #expect(await gateway.rejections.isEmpty)
        }
    }

    @Test(
        "a page-pay checkout, paid, is queried, refunded in part, again, and in full with v3 calls",
        arguments: [(GatewayMode.key, false), (.certificate, true)])
    func pagePayQueriedAndRefunded(mode: GatewayMode, encrypt: Bool) async throws {
        try await withGateway(mode, encrypt: encrypt) { gateway, client in
            let url = try client.v2.pageExecute(
                "alipay.trade.page.pay",
                bizContent: [
                    "out_trade_no": "V3-PAGE-1", "total_amount": "88.88", "subject": "Page",
                    "product_code": "FAST_INSTANT_TRADE_PAY",
                ],
                httpMethod: .get)
            let (_, page) = try await URLSession.shared.data(from: try #require(URL(string: url)))
            #expect((page as? HTTPURLResponse)?.statusCode == 200)
            _ = try await gateway.pay(outTradeNo: "V3-PAGE-1")

            let paid = try await Self.call(client, "query", ["out_trade_no": "V3-PAGE-1"])
            #expect(paid["trade_status"] == "TRADE_SUCCESS")
            #expect(paid["total_amount"] == "88.88" && paid["receipt_amount"] == "88.88")
            #expect(paid["buyer_user_id"] == "2088102177846880")
            #expect(Self.isBeijingTime(paid["send_pay_date"]))
            let tradeNo = try #require(paid["trade_no"])

            let part = ["out_trade_no": "V3-PAGE-1", "refund_amount": "8.88", "out_request_no": "R1"]
            let first = try await Self.call(client, "refund", part)
            #expect(first["fund_change"] == "Y" && first["refund_fee"] == "8.88")
            #expect(first["trade_no"] == tradeNo && first["out_trade_no"] == "V3-PAGE-1")
            let repeated = try await Self.call(client, "refund", part)
            #expect(repeated["fund_change"] == "N" && repeated["refund_fee"] == "8.88")
            #expect(try await Self.call(client, "query", ["trade_no": tradeNo])["trade_status"] == "TRADE_SUCCESS")

            let refundQuery = try await Self.call(
                client, "fastpay/refund/query", ["trade_no": tradeNo, "out_request_no": "R1"])
            #expect(refundQuery["refund_status"] == "REFUND_SUCCESS")
            #expect(refundQuery["refund_amount"] == "8.88" && refundQuery["out_request_no"] == "R1")
            #expect(refundQuery["out_trade_no"] == "V3-PAGE-1" && refundQuery["total_amount"] == "88.88")

            let rest = try await Self.call(
                client, "refund", ["trade_no": tradeNo, "refund_amount": "80", "out_request_no": "R2"])
            #expect(rest["fund_change"] == "Y" && rest["refund_fee"] == "88.88")
            #expect(
                try await Self.call(client, "query", ["out_trade_no": "V3-PAGE-1"])["trade_status"] == "TRADE_CLOSED")
            let v2 = try await client.v2.execute("alipay.trade.query", bizContent: ["out_trade_no": "V3-PAGE-1"])
            #expect(v2.text.contains(#""trade_status":"TRADE_CLOSED""#))

            let none = try await Self.call(
                client, "fastpay/refund/query", ["out_trade_no": "V3-PAGE-1", "out_request_no": "R3"])
            #expect(none["refund_status"] == nil && none["refund_amount"] == nil && none["out_request_no"] == "R3")
            #expect(await gateway.receivedRequests.allSatisfy { $0.wasEncrypted == encrypt })
        }
    }

    @Test("create names the buyer; a barcode pay is paid at once with its funds")
    func createAndBarcodePay() async throws {
        try await withGateway(.key) { _, client in
            let created = try await Self.call(
                client, "create", Self.order("V3-CREATE-1", "5.00", ["buyer_id": "2088000000000007"]))
            #expect(created["out_trade_no"] == "V3-CREATE-1")
            let tradeNo = try #require(created["trade_no"])
            let waiting = try await Self.call(client, "query", ["trade_no": tradeNo])
            #expect(waiting["trade_status"] == "WAIT_BUYER_PAY" && waiting["buyer_user_id"] == "2088000000000007")
            let byOpenId = try await Self.call(
                client, "create", Self.order("V3-CREATE-2", "5.00", ["buyer_open_id": "074a1CcTG1LelxKe4xQC0zgN"]))
            let other = try await Self.call(client, "query", ["out_trade_no": "V3-CREATE-2"])
            #expect(other["buyer_open_id"] == "074a1CcTG1LelxKe4xQC0zgN" && other["buyer_user_id"] == nil)
            #expect(byOpenId["trade_no"] != tradeNo)

            let paid = try await Self.call(
                client, "pay", Self.order("V3-BAR-1", "0.01", ["auth_code": "28763443825664394", "scene": "bar_code"]))
            #expect(paid["out_trade_no"] == "V3-BAR-1" && paid["trade_no"]?.count == 28)
            #expect(paid["total_amount"] == "0.01" && paid["receipt_amount"] == "0.01")
            #expect(paid["buyer_pay_amount"] == "0.01")
            #expect(Self.isBeijingTime(paid["gmt_payment"]))
            guard case .array(let bills)? = paid.json["fund_bill_list"], case .object(let bill)? = bills.first else {
                Issue.record("no fund_bill_list: \(paid.json)")
                return
            }
            #expect(bill["fund_channel"] == .string("ALIPAYACCOUNT") && bill["amount"] == .string("0.01"))
            #expect(
                try await Self.call(client, "query", ["out_trade_no": "V3-BAR-1"])["trade_status"] == "TRADE_SUCCESS")
        }
    }

    @Test("close closes an unpaid trade only")
    func closeUnpaid() async throws {
        try await withGateway(.key) { gateway, client in
            _ = try await Self.call(client, "precreate", Self.order("V3-CLOSE-1", "3.00"))
            let closed = try await Self.call(client, "close", ["out_trade_no": "V3-CLOSE-1"])
            #expect(closed["out_trade_no"] == "V3-CLOSE-1" && closed["trade_no"]?.isEmpty == false)
            #expect(
                try await Self.call(client, "query", ["out_trade_no": "V3-CLOSE-1"])["trade_status"] == "TRADE_CLOSED")
            #expect(
                await Self.refusal(client, "close", ["out_trade_no": "V3-CLOSE-1"])?.code == "ACQ.TRADE_STATUS_ERROR")
            await #expect(throws: AlipayTestGateway.V2Rejection.self) {
                try await gateway.pay(outTradeNo: "V3-CLOSE-1")
            }

            _ = try await Self.call(client, "pay", Self.order("V3-CLOSE-2", "3.00", ["auth_code": "28763443825664394"]))
            #expect(
                await Self.refusal(client, "close", ["out_trade_no": "V3-CLOSE-2"])?.code == "ACQ.TRADE_STATUS_ERROR")
            #expect(
                try await Self.call(client, "query", ["out_trade_no": "V3-CLOSE-2"])["trade_status"] == "TRADE_SUCCESS")
        }
    }

    @Test("cancel refunds a paid trade and closes an unpaid one; an unknown trade answers no action")
    func cancel() async throws {
        try await withGateway(.key) { _, client in
            _ = try await Self.call(
                client, "pay", Self.order("V3-CANCEL-1", "7.50", ["auth_code": "28763443825664394"]))
            let refunded = try await Self.call(client, "cancel", ["out_trade_no": "V3-CANCEL-1"])
            #expect(refunded["action"] == "refund" && refunded["retry_flag"] == "N")
            #expect(refunded["out_trade_no"] == "V3-CANCEL-1" && refunded["trade_no"]?.count == 28)
            let after = try await Self.call(client, "query", ["out_trade_no": "V3-CANCEL-1"])
            #expect(after["trade_status"] == "TRADE_CLOSED" && after["refund_fee"] == "7.50")
            #expect(try await Self.call(client, "cancel", ["out_trade_no": "V3-CANCEL-1"])["action"] == "refund")
            let refund = ["out_trade_no": "V3-CANCEL-1", "refund_amount": "1.00", "out_request_no": "late"]
            #expect(await Self.refusal(client, "refund", refund)?.code == "ACQ.TRADE_HAS_CLOSE")

            _ = try await Self.call(client, "precreate", Self.order("V3-CANCEL-2", "7.50"))
            let closed = try await Self.call(client, "cancel", ["out_trade_no": "V3-CANCEL-2"])
            #expect(closed["action"] == "close" && closed["retry_flag"] == "N")
            #expect(
                try await Self.call(client, "query", ["out_trade_no": "V3-CANCEL-2"])["trade_status"] == "TRADE_CLOSED")

            let unknown = try await Self.call(client, "cancel", ["out_trade_no": "V3-CANCEL-NONE"])
            #expect(
                unknown["action"] == nil && unknown["retry_flag"] == "N" && unknown["out_trade_no"] == "V3-CANCEL-NONE")
        }
    }

    @Test("a test route on a built-in path replaces the built-in answer")
    func routeReplacesBuiltIn() async throws {
        try await withGateway(.key) { gateway, client in
            await gateway.route(.post, "/v3/alipay/trade/query") { _ in .json(["trade_status": "TRADE_FINISHED"]) }
            let answer = try await Self.call(client, "query", ["out_trade_no": "ANY"])
            #expect(answer["trade_status"] == "TRADE_FINISHED")
        }
    }

    /// One refused call, after the calls that set it up.
    enum Refusal: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case precreateWithoutAmount, createWithoutBuyer, payWithoutAuthCode, queryWithoutNumbers
        case refundWithoutAmount, refundQueryWithoutRequestNo
        case queryUnknown, refundUnknown, refundQueryUnknown, closeUnknown
        case refundOverTotal, refundOverWhatIsLeft, refundUnpaid, refundRepeatedWithOtherAmount
        case precreateSameNumberOtherAmount, createOtherBuyer, payPaidTrade

        var testDescription: String { rawValue }

        /// Calls made first; `nil` operation means the gateway's `pay(outTradeNo:)`.
        var setup: [(operation: String?, fields: [String: String])] {
            let paid: [(String?, [String: String])] = [
                ("precreate", GatewayV3TradeTests.order("E-1", "10.00")), (nil, ["out_trade_no": "E-1"]),
            ]
            switch self {
            case .refundOverTotal, .payPaidTrade: return paid
            case .refundOverWhatIsLeft, .refundRepeatedWithOtherAmount:
                return paid + [("refund", ["out_trade_no": "E-1", "refund_amount": "6.00", "out_request_no": "R1"])]
            case .refundUnpaid, .precreateSameNumberOtherAmount:
                return [("precreate", GatewayV3TradeTests.order("E-1", "10.00"))]
            case .createOtherBuyer:
                return [("create", GatewayV3TradeTests.order("E-1", "10.00", ["buyer_id": "2088000000000001"]))]
            default: return []
            }
        }

        var call: (operation: String, fields: [String: String]) {
            switch self {
            case .precreateWithoutAmount: ("precreate", ["out_trade_no": "E-1", "subject": "S"])
            case .createWithoutBuyer: ("create", GatewayV3TradeTests.order("E-1", "1.00"))
            case .payWithoutAuthCode: ("pay", GatewayV3TradeTests.order("E-1", "1.00"))
            case .queryWithoutNumbers: ("query", ["org_pid": "2088101117952222"])
            case .refundWithoutAmount: ("refund", ["out_trade_no": "E-1"])
            case .refundQueryWithoutRequestNo: ("fastpay/refund/query", ["out_trade_no": "E-1"])
            case .queryUnknown: ("query", ["out_trade_no": "NOPE"])
            case .refundUnknown: ("refund", ["trade_no": "2026010122001000000000000999", "refund_amount": "1.00"])
            case .refundQueryUnknown: ("fastpay/refund/query", ["out_trade_no": "NOPE", "out_request_no": "R1"])
            case .closeUnknown: ("close", ["out_trade_no": "NOPE"])
            case .refundOverTotal, .refundUnpaid: ("refund", ["out_trade_no": "E-1", "refund_amount": "10.01"])
            case .refundOverWhatIsLeft:
                ("refund", ["out_trade_no": "E-1", "refund_amount": "4.01", "out_request_no": "R2"])
            case .refundRepeatedWithOtherAmount:
                ("refund", ["out_trade_no": "E-1", "refund_amount": "1.00", "out_request_no": "R1"])
            case .precreateSameNumberOtherAmount: ("precreate", GatewayV3TradeTests.order("E-1", "10.01"))
            case .createOtherBuyer:
                ("create", GatewayV3TradeTests.order("E-1", "10.00", ["buyer_id": "2088000000000002"]))
            case .payPaidTrade: ("pay", GatewayV3TradeTests.order("E-1", "10.00", ["auth_code": "287634438256"]))
            }
        }

        var expectedCode: String {
            switch self {
            case .precreateWithoutAmount, .createWithoutBuyer, .payWithoutAuthCode, .queryWithoutNumbers,
                .refundWithoutAmount, .refundQueryWithoutRequestNo:
                "ACQ.INVALID_PARAMETER"
            case .queryUnknown, .refundUnknown, .refundQueryUnknown, .closeUnknown: "ACQ.TRADE_NOT_EXIST"
            case .refundOverTotal, .refundOverWhatIsLeft: "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL"
            case .refundUnpaid: "ACQ.TRADE_STATUS_ERROR"
            case .refundRepeatedWithOtherAmount: "ACQ.DISCORDANT_REPEAT_REQUEST"
            case .precreateSameNumberOtherAmount: "ACQ.CONTEXT_INCONSISTENT"
            case .createOtherBuyer: "ACQ.TRADE_BUYER_NOT_MATCH"
            case .payPaidTrade: "ACQ.TRADE_HAS_SUCCESS"
            }
        }
    }

    @Test("each refusal is a signed HTTP 400 {code, message} with the operation's code", arguments: Refusal.allCases)
    func refusal(_ refusal: Refusal) async throws {
        try await withGateway(.key) { gateway, client in
            for step in refusal.setup {
                if let operation = step.operation {
                    _ = try await Self.call(client, operation, step.fields)
                } else {
                    _ = try await gateway.pay(outTradeNo: step.fields["out_trade_no"] ?? "")
                }
            }
            let error = try #require(await Self.refusal(client, refusal.call.operation, refusal.call.fields))
            #expect(error.status == 400)
            #expect(error.code == refusal.expectedCode)
            #expect(!error.message.isEmpty)
            #expect(error.isVerified)
            #expect(await gateway.rejections.isEmpty)
            let body = try JSONDecoder().decode([String: String].self, from: error.body)
            #expect(Set(body.keys) == ["code", "message"])
        }
    }

    @Test("a refused change leaves the trade as it was")
    func refusalChangesNothing() async throws {
        try await withGateway(.key) { gateway, client in
            _ = try await Self.call(client, "precreate", Self.order("V3-KEEP-1", "10.00"))
            _ = try await gateway.pay(outTradeNo: "V3-KEEP-1")
            let over = ["out_trade_no": "V3-KEEP-1", "refund_amount": "10.01", "out_request_no": "R1"]
            #expect(await Self.refusal(client, "refund", over)?.code == "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL")
            let trade = try await Self.call(client, "query", ["out_trade_no": "V3-KEEP-1"])
            #expect(trade["trade_status"] == "TRADE_SUCCESS" && trade["refund_fee"] == nil)
            let none = try await Self.call(
                client, "fastpay/refund/query", ["out_trade_no": "V3-KEEP-1", "out_request_no": "R1"])
            #expect(none["refund_status"] == nil)
        }
    }
}
