import AlipayRuntime
import Foundation

/// The asynchronous notification (`trade_status_sync`) Alipay POSTs to a trade's `notify_url` when the
/// trade changes: paid, refunded, closed.
///
/// Which changes notify is our choice where the protocol notes are silent. Alipay's notification
/// carries refund fields (`refund_fee`, `gmt_refund`, `out_biz_no`) and a close time (`gmt_close`), and
/// a move to `TRADE_CLOSED` is one of the states it notifies by default. So a refund that moves money
/// notifies (`TRADE_SUCCESS` while some of the amount is left, `TRADE_CLOSED` once all of it is
/// refunded), and so does closing or cancelling a trade that was not yet closed. A repeated refund
/// request (same `out_request_no`) moves nothing and does not notify.
struct TradeNotification: Sendable {
    /// What changed.
    enum Event: Sendable {
        /// The buyer paid.
        case payment
        /// A refund that moved money, made under `requestNo` (`out_request_no`).
        case refund(requestNo: String)
        /// The trade was closed (by close, or by cancel).
        case close
    }

    var trade: Trade
    var event: Event
    var appId: String
    /// When it is sent.
    var time: Date
    /// The gateway's count of notifications, which makes `notify_id` unique per notification.
    var serial: Int

    /// The fields without `sign`, in the order they are sent.
    var fields: [(String, String)] {
        let amount = trade.totalAmount.description
        let sent = GatewayBeijingClock.string(from: time)
        let serialText = String(serial % 1_000_000)
        let notifyId =
            GatewayBeijingClock.day(of: time) + "00222" + sent.suffix(8).filter(\.isNumber) + trade.tradeNo.suffix(9)
            + String(repeating: "0", count: 6 - serialText.count) + serialText
        var fields = [
            ("gmt_create", GatewayBeijingClock.string(from: trade.created)), ("charset", "utf-8"),
            ("buyer_id", trade.buyerUserId ?? Trade.buyerId), ("notify_id", notifyId),
            ("notify_type", "trade_status_sync"), ("trade_status", trade.status.rawValue), ("app_id", appId),
            ("sign_type", "RSA2"), ("version", "1.0"), ("trade_no", trade.tradeNo), ("auth_app_id", appId),
            ("out_trade_no", trade.outTradeNo), ("subject", trade.subject), ("total_amount", amount),
            ("notify_time", sent),
        ]
        if let paid = trade.paid {
            fields += [
                ("invoice_amount", amount), ("receipt_amount", amount), ("buyer_pay_amount", amount),
                ("gmt_payment", GatewayBeijingClock.string(from: paid)), ("buyer_logon_id", Trade.buyerLogonId),
                ("point_amount", "0.00"),
                (
                    "fund_bill_list",
                    GatewayJSONText.object([("amount", amount), ("fundChannel", "ALIPAYACCOUNT")]).wrapped
                ),
            ]
        }
        if case .refund(let requestNo) = event {
            // Alipay writes the refund time with milliseconds.
            fields += [
                ("out_biz_no", requestNo), ("refund_fee", trade.refunded.description),
                ("gmt_refund", GatewayBeijingClock.string(from: time) + ".000"),
            ]
        }
        if trade.status == .closed {
            fields.append(("gmt_close", sent))
        }
        return fields
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
