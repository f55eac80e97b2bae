import Foundation
import Testing

@testable import AlipayRuntime

/// `client.notification(formBody:)` and `notification(_:)`: verified, typed, or refused with the reason.
@Suite("Typed notifications")
struct TypedNotificationTests {
    static func clients() throws -> [AlipayClient] {
        [try AlipayClient(config: Fixtures.keyModeConfig()), try AlipayClient(config: Fixtures.certModeConfig())]
    }

    /// The refusal `body` gets, or `nil` (and an issue) when it is accepted or fails otherwise.
    static func refusal(_ client: AlipayClient, formBody body: String) -> AlipayNotificationRefusal? {
        do {
            let accepted = try client.notification(formBody: body)
            Issue.record("accepted: \(accepted.fields)")
        } catch .invalidNotification(let refusal) {
            return refusal
        } catch {
            Issue.record("failed otherwise: \(error)")
        }
        return nil
    }

    static func refusal(_ client: AlipayClient, fields: [String: String]) -> AlipayNotificationRefusal? {
        do {
            let accepted = try client.notification(fields)
            Issue.record("accepted: \(accepted.fields)")
        } catch .invalidNotification(let refusal) {
            return refusal
        } catch {
            Issue.record("failed otherwise: \(error)")
        }
        return nil
    }

    @Test("a valid trade notification verifies in key and certificate mode, and every typed field reads")
    func valid() throws {
        let body = try TradeNotificationSample.signedBody()
        for client in try Self.clients() {
            let n = try client.notification(formBody: body)
            #expect(n.appId == Fixtures.appId)
            #expect(n.notifyType == "trade_status_sync")
            #expect(n.notifyId == "2025030100222120011046880507654321")
            #expect(n.notifyTime == "2025-03-01 12:00:10")
            #expect(n.tradeStatus == .tradeSuccess)
            #expect(n.outTradeNo == "70501111111S001111120")
            #expect(n.tradeNo == "2025030122001446880501234567")
            #expect(n.outBizNo == nil)
            #expect(n.totalAmount == "88.88")
            #expect(n.receiptAmount == "88.88")
            #expect(n.invoiceAmount == "88.88")
            #expect(n.buyerPayAmount == "88.88")
            #expect(n.pointAmount == "0.00")
            #expect(n.refundFee == nil)
            #expect(n.subject == "Swift 测试商品 & = + /?#%")
            #expect(n.body == "A checkout of the test shop")
            #expect(n.buyerId == "2088102177846880")
            #expect(n.buyerLogonId == "159****5620")
            #expect(n.sellerId == "2088102177649450")
            #expect(n.sellerEmail == "shop@example.com")
            #expect(n.gmtCreate == "2025-03-01 12:00:00")
            #expect(n.gmtPayment == "2025-03-01 12:00:09")
            #expect(n.gmtRefund == nil)
            #expect(n.gmtClose == nil)
            #expect(n.passbackParams == "order%3D7%26from%3Dapp")
            #expect(
                n.fundBillList == [
                    AlipayFundBill(fundChannel: "ALIPAYACCOUNT", amount: "80.00"),
                    AlipayFundBill(fundChannel: "BANKCARD", amount: "8.88", realAmount: "8.88", fundType: "DEBIT_CARD"),
                ])
            #expect(n["fund_bill_list"] == TradeNotificationSample.fundBillList)
            #expect(n["auth_app_id"] == Fixtures.appId)
            #expect(n["sign_type"] == "RSA2")
            #expect(n["no_such_field"] == nil)
            #expect(n.fields == (try TradeNotificationSample.signed()))
            // The decoded fields give the same notification.
            #expect(try client.notification(n.fields) == n)
        }
    }

    @Test("a refund notification carries refund_fee, gmt_refund and out_biz_no")
    func refund() throws {
        var fields = TradeNotificationSample.fields
        fields["refund_fee"] = "8.88"
        fields["gmt_refund"] = "2025-03-02 09:30:00.123"
        fields["out_biz_no"] = "R-70501111111S001111120-1"
        fields["trade_status"] = "TRADE_CLOSED"
        let n = try AlipayClient(config: Fixtures.keyModeConfig())
            .notification(formBody: TradeNotificationSample.signedBody(fields))
        #expect(n.refundFee == "8.88")
        #expect(n.gmtRefund == "2025-03-02 09:30:00.123")
        #expect(n.outBizNo == "R-70501111111S001111120-1")
        #expect(n.tradeStatus == .tradeClosed)
    }

    @Test("values are percent-decoded exactly once, and the signature is over the decoded values")
    func decodedOnce() throws {
        var fields = TradeNotificationSample.fields
        fields["passback_params"] = "a%20b+c 100%"
        let body = try TradeNotificationSample.signedBody(fields)
        #expect(body.contains("passback_params=a%2520b%2Bc+100%25"))
        let n = try AlipayClient(config: Fixtures.keyModeConfig()).notification(formBody: body)
        #expect(n.passbackParams == "a%20b+c 100%")
        #expect(n["passback_params"] == "a%20b+c 100%")
        #expect(n.subject == "Swift 测试商品 & = + /?#%")
    }

    @Test("a trade state Alipay adds later decodes to .unknown and is kept")
    func unknownTradeStatus() throws {
        var fields = TradeNotificationSample.fields
        fields["trade_status"] = "TRADE_PENDING_REVIEW"
        let n = try AlipayClient(config: Fixtures.keyModeConfig())
            .notification(formBody: TradeNotificationSample.signedBody(fields))
        #expect(n.tradeStatus == .unknown("TRADE_PENDING_REVIEW"))
        #expect(n.tradeStatus?.isKnown == false)
        #expect(n.tradeStatus?.rawValue == "TRADE_PENDING_REVIEW")
    }

    @Test(
        "a fund_bill_list that is not a list of fund bills reads as nil; the notification stays valid",
        arguments: ["not json", #"{"amount":"1.00"}"#, #"[{"amount":"1.00"}]"#, #"[{"fundChannel":"X"}]"#, "[1]"])
    func malformedFundBillList(text: String) throws {
        var fields = TradeNotificationSample.fields
        fields["fund_bill_list"] = text
        let n = try AlipayClient(config: Fixtures.keyModeConfig())
            .notification(formBody: TradeNotificationSample.signedBody(fields))
        #expect(n.fundBillList == nil)
        #expect(n["fund_bill_list"] == text)
        #expect(n.totalAmount == "88.88")
    }

    @Test("fund bills as trade queries spell them (snake_case) decode too")
    func snakeCaseFundBills() throws {
        var fields = TradeNotificationSample.fields
        fields["fund_bill_list"] =
            #"[{"fund_channel":"BANKCARD","bank_code":"CMB","amount":"88.88","real_amount":"88.00","fund_type":"CREDIT_CARD"}]"#
        let n = try AlipayClient(config: Fixtures.keyModeConfig())
            .notification(formBody: TradeNotificationSample.signedBody(fields))
        #expect(
            n.fundBillList == [
                AlipayFundBill(
                    fundChannel: "BANKCARD", amount: "88.88", realAmount: "88.00", fundType: "CREDIT_CARD",
                    bankCode: "CMB")
            ])
    }

    @Test("a bad or missing signature, a tampered field and an unknown sign_type are refused, each with its reason")
    func signatureRefusals() throws {
        let signed = try TradeNotificationSample.signed()
        var tampered = signed
        tampered["total_amount"] = "0.01"
        var garbage = signed
        garbage["sign"] = "not base64 at all"
        var otherKey = signed
        otherKey["sign"] = try TradeNotificationSample.signed(privateKey: Fixtures.appPrivateKey)["sign"]
        var unsigned = signed
        unsigned["sign"] = nil
        var emptySign = signed
        emptySign["sign"] = ""
        var rsa1 = signed
        rsa1["sign_type"] = "RSA"
        for client in try Self.clients() {
            for bad in [tampered, garbage, otherKey] {
                #expect(Self.refusal(client, formBody: TradeNotificationSample.formBody(bad)) == .invalidSignature)
                #expect(Self.refusal(client, fields: bad) == .invalidSignature)
            }
            #expect(Self.refusal(client, formBody: TradeNotificationSample.formBody(unsigned)) == .missingSignature)
            #expect(Self.refusal(client, fields: emptySign) == .missingSignature)
            #expect(Self.refusal(client, formBody: TradeNotificationSample.formBody(rsa1)) == .unknownSignType("RSA"))
        }
    }

    @Test("a notification for another app, or for none, is refused even when Alipay signed it")
    func wrongAppId() throws {
        var other = TradeNotificationSample.fields
        other["app_id"] = "2021000000000002"
        var none = TradeNotificationSample.fields
        none["app_id"] = nil
        let client = try AlipayClient(config: Fixtures.keyModeConfig())
        #expect(
            Self.refusal(client, formBody: try TradeNotificationSample.signedBody(other))
                == .wrongAppId(expected: Fixtures.appId, received: "2021000000000002"))
        #expect(
            Self.refusal(client, fields: try TradeNotificationSample.signed(none))
                == .wrongAppId(expected: Fixtures.appId, received: nil))
    }

    @Test("a malformed or empty form body and a field given twice are refused, naming the part or the field")
    func formRefusals() throws {
        let body = try TradeNotificationSample.signedBody()
        let client = try AlipayClient(config: Fixtures.keyModeConfig())
        #expect(Self.refusal(client, formBody: "a=1&b=%ZZ&c=3") == .malformedForm(part: 2))
        #expect(Self.refusal(client, formBody: "a=%E4%B8") == .malformedForm(part: 1))
        #expect(Self.refusal(client, formBody: "") == .malformedForm(part: 0))
        #expect(Self.refusal(client, formBody: body + "&total_amount=0.01") == .duplicateField(name: "total_amount"))
        #expect(
            Self.refusal(client, formBody: "trade_status=TRADE_SUCCESS&" + body)
                == .duplicateField(name: "trade_status"))
    }

    @Test("refusals describe the cause and the fix, without a key or the signature")
    func descriptions() throws {
        let signed = try TradeNotificationSample.signed()
        let sign = try #require(signed["sign"])
        let reasons: [(AlipayNotificationRefusal, String)] = [
            (.malformedForm(part: 2), "part 2 of the form body"),
            (.malformedForm(part: 0), "the form body is empty"),
            (.duplicateField(name: "total_amount"), "'total_amount' is given twice"),
            (.missingSignature, "no sign field"),
            (.unknownSignType("RSA"), "sign_type is 'RSA', but only RSA2 is accepted"),
            (
                .wrongAppId(expected: Fixtures.appId, received: "2021000000000002"),
                "not the configured \(Fixtures.appId)"
            ),
            (.wrongAppId(expected: Fixtures.appId, received: nil), "no app_id"),
            (.invalidSignature, "sign does not match the fields"),
            (
                .duplicateField(name: String(repeating: "x", count: 500) + "\n"),
                "'" + String(repeating: "x", count: 64) + "…'"
            ),
        ]
        let keyLines = [Fixtures.alipayPublicKey, Fixtures.alipayPrivateKey, Fixtures.appPrivateKey]
            .flatMap { $0.split(separator: "\n") }.filter { $0.count > 40 }
        for (refusal, expected) in reasons {
            let description = AlipayError.invalidNotification(refusal).description
            #expect(description.hasPrefix("The notification was refused: "))
            #expect(description.contains(expected), "\(description)")
            #expect(!description.contains(sign.prefix(40)))
            #expect(!keyLines.contains { description.contains($0) })
            #expect(!description.contains("\n"))
        }
    }

    @Test("the Bool checks keep their behaviour: the signature alone, no app_id check, false for anything else")
    func boolChecks() throws {
        var other = TradeNotificationSample.fields
        other["app_id"] = "2021000000000002"
        let otherApp = try TradeNotificationSample.signed(other)
        let body = try TradeNotificationSample.signedBody()
        for client in try Self.clients() {
            #expect(client.verifyNotification(try TradeNotificationSample.signed()))
            #expect(client.verifyNotification(formBody: body))
            #expect(client.verifyNotification(otherApp))
            #expect(!client.verifyNotification(formBody: body + "&total_amount=0.01"))
            #expect(!client.verifyNotification(formBody: body.replacingOccurrences(of: "88.88", with: "0.01")))
            #expect(!client.verifyNotification(formBody: "a=%ZZ"))
            // The v2 rule signs sign_type too: a v1 signature does not pass it.
            #expect(!client.verifyNotification(formBody: body, rule: .includingSignType))
        }
    }

    @Test("the v2 rule covers sign_type")
    func ruleV2() throws {
        var signed = TradeNotificationSample.fields
        let content = String(decoding: NotificationForm.signContent(signed, rule: .includingSignType), as: UTF8.self)
        #expect(content.contains("&sign_type=RSA2&"))
        signed["sign"] = try SigningKey(Fixtures.alipayPrivateKey, field: "test").sign(content)
        let client = try AlipayClient(config: Fixtures.keyModeConfig())
        #expect(try client.notification(signed, rule: .includingSignType).tradeStatus == .tradeSuccess)
        #expect(Self.refusal(client, fields: signed) == .invalidSignature)
    }
}
