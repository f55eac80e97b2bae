/// The state of a trade, as the v3 trade operations answer it and trade notifications carry it.
///
/// `WAIT_BUYER_PAY`: created, the buyer has not paid. `TRADE_CLOSED`: closed unpaid after timing
/// out, or refunded in full. `TRADE_SUCCESS`: paid. `TRADE_FINISHED`: finished, no more refunds.
/// Alipay may add states; a state this version does not know is kept as `unknown`.
public enum AlipayTradeStatus: AlipayStringEnum {
    /// `WAIT_BUYER_PAY`.
    case waitBuyerPay
    /// `TRADE_CLOSED`.
    case tradeClosed
    /// `TRADE_SUCCESS`.
    case tradeSuccess
    /// `TRADE_FINISHED`.
    case tradeFinished
    /// A value this version of the SDK does not know yet.
    case unknown(String)

    /// Each state the spec names.
    @_spi(Generated) public static let knownValues: AlipayKnownValues<Self> = [
        .waitBuyerPay,
        .tradeClosed,
        .tradeSuccess,
        .tradeFinished,
    ]

    /// The value Alipay sends.
    public var rawValue: String {
        switch self {
        case .waitBuyerPay:
            return "WAIT_BUYER_PAY"
        case .tradeClosed:
            return "TRADE_CLOSED"
        case .tradeSuccess:
            return "TRADE_SUCCESS"
        case .tradeFinished:
            return "TRADE_FINISHED"
        case .unknown(let value):
            return value
        }
    }
}
