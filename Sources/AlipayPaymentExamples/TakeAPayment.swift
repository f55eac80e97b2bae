import AlipaySDK
import Foundation

/// The "Take a payment" examples of the README, compiled so that they stay correct.
public enum TakeAPayment {
    /// An order as a shop keeps it.
    public struct Order: Sendable {
        public var id: String
        public var amount: String
        public var subject: String

        public init(id: String, amount: String, subject: String) {
            self.id = id
            self.amount = amount
            self.subject = subject
        }
    }

    /// What `alipay.trade.app.pay` and `alipay.trade.page.pay` take as `biz_content`.
    struct TradePay: Encodable, Sendable {
        var outTradeNo: String
        var totalAmount: String
        var subject: String
        var productCode: String

        enum CodingKeys: String, CodingKey {
            case outTradeNo = "out_trade_no"
            case totalAmount = "total_amount"
            case subject
            case productCode = "product_code"
        }
    }

    /// App pay: the server signs the order; the iOS app hands the string to the Alipay SDK.
    public static func orderString(for order: Order, client: AlipayClient) throws(AlipayError) -> String {
        try client.v2.sdkExecute(
            "alipay.trade.app.pay",
            bizContent: TradePay(
                outTradeNo: order.id, totalAmount: order.amount, subject: order.subject,
                productCode: "QUICK_MSECURITY_PAY"),
            parameters: ["notify_url": "https://example.com/alipay/notify"])
    }

    /// Page pay: answer the browser with this HTML; it submits itself to Alipay's cashier.
    public static func checkoutPage(for order: Order, client: AlipayClient) throws(AlipayError) -> String {
        try client.v2.pageExecute(
            "alipay.trade.page.pay",
            bizContent: TradePay(
                outTradeNo: order.id, totalAmount: order.amount, subject: order.subject,
                productCode: "FAST_INSTANT_TRADE_PAY"),
            parameters: [
                "return_url": "https://example.com/orders/\(order.id)",
                "notify_url": "https://example.com/alipay/notify",
            ])
    }

    /// The `notify_url` handler: `formBody` is the POSTed body exactly as received (in Vapor,
    /// `req.body.string`). The answer is the response body: Alipay retries for about a day until it
    /// reads `success`.
    public static func handleNotification(
        formBody: String,
        client: AlipayClient,
        findOrder: (String) -> Order?,
        markPaid: (Order) -> Void
    ) -> String {
        let notification: AlipayNotification
        do {
            // Signed by Alipay, for this app; otherwise `AlipayError.invalidNotification` says why.
            notification = try client.notification(formBody: formBody)
        } catch {
            return "failure"
        }
        // Now check it is one of our orders, for the right amount.
        guard let order = notification.outTradeNo.flatMap(findOrder), notification.totalAmount == order.amount
        else { return "failure" }
        if notification.tradeStatus == .tradeSuccess || notification.tradeStatus == .tradeFinished {
            markPaid(order)
        }
        return "success"
    }

    /// Asks Alipay for the state of an order, verified.
    public static func tradeStatus(of order: Order, client: AlipayClient) async throws(AlipayError) -> String? {
        struct TradeQuery: Decodable {
            var tradeStatus: String?
            enum CodingKeys: String, CodingKey { case tradeStatus = "trade_status" }
        }
        let response = try await client.v2.execute("alipay.trade.query", bizContent: ["out_trade_no": order.id])
        return try response.decode(TradeQuery.self).tradeStatus
    }
}
