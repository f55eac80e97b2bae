/// What `GET /orders/{id}/alipay` answers: the trade as Alipay holds it.
public struct TradeState: Codable, Sendable {
    /// Alipay's `trade_status`, such as `TRADE_SUCCESS`.
    public var tradeStatus: String?
    /// Alipay's trade number.
    public var tradeNo: String?
    /// Yuan, as Alipay holds the total.
    public var totalAmount: String?
}

/// What `POST /orders/{id}/refund` answers.
public struct RefundResult: Codable, Sendable {
    /// Alipay's `fund_change`: `Y` when this request moved money.
    public var fundChange: String?
    /// Yuan refunded on the trade so far, as Alipay counts it.
    public var refundFee: String?
    /// The order after the refund.
    public var order: Order
}
