import Foundation

/// The JSON bodies the built-in v3 trade routes answer with, fields in the order Alipay writes them;
/// amounts are strings with two decimals and times Beijing time, as in v2.
extension Trade {
    /// `alipay.trade.precreate`: the trade and the code its buyer scans.
    var precreateAnswer: String {
        GatewayJSONText.object([("out_trade_no", outTradeNo), ("qr_code", "https://qr.alipay.com/bax" + tradeNo)])
    }

    /// `alipay.trade.create` and `alipay.trade.close`: the two numbers of the trade.
    var numbersAnswer: String {
        GatewayJSONText.object([("trade_no", tradeNo), ("out_trade_no", outTradeNo)])
    }

    /// `alipay.trade.pay`: the payment just made, with the funds it came from.
    var payAnswer: String {
        let amount = totalAmount.description
        let fields =
            [("trade_no", tradeNo), ("out_trade_no", outTradeNo), ("buyer_logon_id", Self.buyerLogonId)]
            + [
                ("total_amount", amount), ("receipt_amount", amount), ("buyer_pay_amount", amount),
                ("point_amount", "0.00"), ("invoice_amount", amount),
                ("gmt_payment", GatewayBeijingClock.string(from: paid ?? created)),
            ] + buyerFields
        let bill = GatewayJSONText.object([("fund_channel", "ALIPAYACCOUNT"), ("amount", amount)])
        return GatewayJSONText.object(fields, then: "{\"fund_bill_list\":[\(bill)]}")
    }

    /// `alipay.trade.query`: the same fields as the v2 answer.
    var queryAnswer: String {
        GatewayJSONText.object(queryFields)
    }

    /// `alipay.trade.refund`: the same fields as the v2 answer.
    func refundAnswer(fundChange: Bool) -> String {
        GatewayJSONText.object(refundFields(fundChange: fundChange))
    }

    /// `alipay.trade.fastpay.refund.query`: the refund made under `requestNo`; without `amount` (no such
    /// refund) the answer has no `refund_status`, as Alipay answers for a refund it has not made.
    func refundQueryAnswer(requestNo: String, amount: TradeAmount?) -> String {
        var fields = [
            ("trade_no", tradeNo), ("out_trade_no", outTradeNo), ("out_request_no", requestNo),
            ("total_amount", totalAmount.description),
        ]
        if let amount { fields += [("refund_amount", amount.description), ("refund_status", "REFUND_SUCCESS")] }
        return GatewayJSONText.object(fields)
    }

    /// `alipay.trade.cancel`: `close` for a trade that was never paid, `refund` for one that was.
    func cancelAnswer(refunded: Bool) -> String {
        GatewayJSONText.object(
            [
                ("trade_no", tradeNo), ("out_trade_no", outTradeNo), ("retry_flag", "N"),
                ("action", refunded ? "refund" : "close"),
            ])
    }
}
