import AlipayRuntime
import Foundation

/// The asynchronous notification (`trade_status_sync`) Alipay POSTs to `notify_url` once a trade is paid.
struct PaymentNotification {
    var trade: Trade
    var appId: String
    /// When it is sent.
    var time: Date

    /// The fields without `sign`, in the order they are sent.
    var fields: [(String, String)] {
        let amount = trade.totalAmount.description
        let sent = GatewayBeijingClock.string(from: time)
        let notifyId =
            GatewayBeijingClock.day(of: time) + "00222" + sent.suffix(8).filter(\.isNumber) + trade.tradeNo.suffix(15)
        return [
            ("gmt_create", GatewayBeijingClock.string(from: trade.created)), ("charset", "utf-8"),
            ("buyer_id", trade.buyerUserId ?? Trade.buyerId), ("invoice_amount", amount), ("notify_id", notifyId),
            ("notify_type", "trade_status_sync"), ("trade_status", trade.status.rawValue), ("receipt_amount", amount),
            ("app_id", appId), ("buyer_pay_amount", amount), ("sign_type", "RSA2"),
            ("gmt_payment", GatewayBeijingClock.string(from: trade.paid ?? time)), ("version", "1.0"),
            ("trade_no", trade.tradeNo), ("auth_app_id", appId), ("buyer_logon_id", Trade.buyerLogonId),
            ("point_amount", "0.00"),
            ("fund_bill_list", GatewayJSONText.object([("amount", amount), ("fundChannel", "ALIPAYACCOUNT")]).wrapped),
            ("out_trade_no", trade.outTradeNo), ("subject", trade.subject), ("total_amount", amount),
            ("notify_time", sent),
        ]
    }

    /// The form body, signed for the v1 check (everything but `sign` and `sign_type`).
    func formBody(signedBy identity: AlipaySigningIdentity) throws(AlipayError) -> String {
        let fields = fields
        let sign = try identity.key.sign(V2SignContent.notification(Dictionary(uniqueKeysWithValues: fields)))
        return GatewayForm.encoded(fields + [("sign", sign)])
    }
}

extension String {
    /// `[self]`: a JSON array of one element.
    fileprivate var wrapped: String { "[\(self)]" }
}
