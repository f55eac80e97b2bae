import AlipaySDK

/// The "Query and refund" examples of the README, compiled so that they stay correct: typed v3
/// calls over a payment, however it was started.
public enum QueryAndRefund {
    /// Whether Alipay holds the order as paid.
    public static func isPaid(orderId: String, client: AlipayClient) async throws(AlipayError) -> Bool {
        let trade = AlipayTradeApi(client: client)
        let answer = try await trade.query(AlipayTradeQueryModel(outTradeNo: orderId))
        return answer.tradeStatus == .tradeSuccess || answer.tradeStatus == .tradeFinished
    }

    /// Refunds `amount` (yuan, two decimals) of a paid order. `requestId` names this refund: sending
    /// the same one again refunds nothing more (`fundChange` is then `.n`).
    public static func refund(
        orderId: String, amount: String, requestId: String, client: AlipayClient
    ) async throws(AlipayError) -> AlipayTradeRefundResponseModel {
        let trade = AlipayTradeApi(client: client)
        return try await trade.refund(
            AlipayTradeRefundModel(outRequestNo: requestId, outTradeNo: orderId, refundAmount: amount))
    }

    /// Whether the refund `requestId` of an order went through.
    public static func isRefunded(
        orderId: String, requestId: String, client: AlipayClient
    ) async throws(AlipayError) -> Bool {
        let refunds = AlipayTradeFastpayRefundApi(client: client)
        let answer = try await refunds.query(
            AlipayTradeFastpayRefundQueryModel(outRequestNo: requestId, outTradeNo: orderId))
        return answer.refundStatus == .refundSuccess
    }
}
