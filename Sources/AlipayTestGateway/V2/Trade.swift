import Foundation

/// One trade the gateway knows: opened by a page/WAP pay or an order string, paid by `pay(outTradeNo:)`.
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

    /// The test buyer every trade is paid by.
    static let buyerId = "2088102177846880"
    static let buyerLogonId = "159****5620"

    /// The fields of an `alipay.trade.query` answer, after `code` and `msg`.
    var queryFields: [(String, String)] {
        var fields = [
            ("trade_no", tradeNo), ("out_trade_no", outTradeNo), ("trade_status", status.rawValue),
            ("total_amount", totalAmount.description),
        ]
        guard let paid else {
            return fields + [("buyer_pay_amount", "0.00"), ("point_amount", "0.00")]
        }
        fields += [
            ("buyer_logon_id", Self.buyerLogonId), ("buyer_user_id", Self.buyerId),
            ("buyer_pay_amount", totalAmount.description), ("point_amount", "0.00"),
            ("invoice_amount", totalAmount.description), ("receipt_amount", totalAmount.description),
            ("send_pay_date", GatewayBeijingClock.string(from: paid)),
        ]
        if refunded > .zero { fields.append(("refund_fee", refunded.description)) }
        return fields
    }
}
