import Foundation

/// One trade the gateway knows: opened by a page/WAP pay, an order string or a v3 precreate, create or
/// pay; paid by `pay(outTradeNo:)` (or at once by a v3 barcode pay).
struct Trade: Sendable {
    enum Status: String, Sendable {
        case waitBuyerPay = "WAIT_BUYER_PAY"
        case success = "TRADE_SUCCESS"
        case closed = "TRADE_CLOSED"
    }

    var outTradeNo: String
    var tradeNo: String
    var totalAmount: TradeAmount
    var subject: String
    var status: Status = .waitBuyerPay
    var notifyURL: String?
    var created: Date
    var paid: Date?
    var refunded: TradeAmount = .zero
    /// Refunds already made, by `out_request_no`, so that a retried refund changes nothing.
    var refunds: [String: TradeAmount] = [:]
    /// The buyer named when the trade was opened (v3 `alipay.trade.create`): `buyer_id` or `buyer_open_id`.
    var buyerUserId: String?
    var buyerOpenId: String?

    /// The test buyer every trade is paid by unless it names its own.
    static let buyerId = "2088102177846880"
    static let buyerLogonId = "159****5620"

    /// The buyer's ids as answers give them: those the trade was opened with, else the test buyer's.
    var buyerFields: [(String, String)] {
        guard buyerUserId != nil || buyerOpenId != nil else { return [("buyer_user_id", Self.buyerId)] }
        return [buyerUserId.map { ("buyer_user_id", $0) }, buyerOpenId.map { ("buyer_open_id", $0) }].compactMap { $0 }
    }

    /// The fields of an `alipay.trade.query` answer (v2 and v3), after `code` and `msg` in v2.
    var queryFields: [(String, String)] {
        var fields = [
            ("trade_no", tradeNo), ("out_trade_no", outTradeNo), ("trade_status", status.rawValue),
            ("total_amount", totalAmount.description),
        ]
        guard let paid else {
            let named = buyerUserId != nil || buyerOpenId != nil ? buyerFields : []
            return fields + named + [("buyer_pay_amount", "0.00"), ("point_amount", "0.00")]
        }
        fields += [("buyer_logon_id", Self.buyerLogonId)] + buyerFields
        fields += [
            ("buyer_pay_amount", totalAmount.description), ("point_amount", "0.00"),
            ("invoice_amount", totalAmount.description), ("receipt_amount", totalAmount.description),
            ("send_pay_date", GatewayBeijingClock.string(from: paid)),
        ]
        if refunded > .zero { fields.append(("refund_fee", refunded.description)) }
        return fields
    }

    /// The fields of an `alipay.trade.refund` answer (v2 and v3): the total refunded so far, and whether
    /// this request moved money.
    func refundFields(fundChange: Bool) -> [(String, String)] {
        [
            ("trade_no", tradeNo), ("out_trade_no", outTradeNo), ("buyer_logon_id", Self.buyerLogonId),
            ("fund_change", fundChange ? "Y" : "N"), ("refund_fee", refunded.description),
        ] + buyerFields
    }
}
