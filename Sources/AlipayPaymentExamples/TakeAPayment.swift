import AlipaySDK
import Foundation

/// The "Take a payment" examples of the README, compiled so that they stay correct.
public enum TakeAPayment {
    /// An order as a shop keeps it.
    public struct Order: Sendable {
        /// The merchant's order number, sent as `out_trade_no`.
        public var id: String
        /// The amount in yuan with two decimals, e.g. `"88.88"`.
        public var amount: String
        /// What the buyer sees the payment is for.
        public var subject: String

        /// An order with its number, amount and subject.
        public init(id: String, amount: String, subject: String) {
            self.id = id
            self.amount = amount
            self.subject = subject
        }
    }

    /// App pay: the server signs the order; the iOS app hands the string to the Alipay SDK.
    public static func orderString(for order: Order, client: AlipayClient) throws(AlipayError) -> String {
        try AlipayTradeAppApi(client: client).pay(
            AlipayTradeAppPayModel(
                outTradeNo: order.id, productCode: "QUICK_MSECURITY_PAY", subject: order.subject,
                totalAmount: order.amount),
            notifyURL: "https://example.com/alipay/notify")
    }

    /// Page pay: answer the browser with this HTML; it submits itself to Alipay's cashier.
    public static func checkoutPage(for order: Order, client: AlipayClient) throws(AlipayError) -> String {
        try AlipayTradePageApi(client: client).pay(
            AlipayTradePagePayModel(
                outTradeNo: order.id, productCode: "FAST_INSTANT_TRADE_PAY", subject: order.subject,
                totalAmount: order.amount),
            returnURL: "https://example.com/orders/\(order.id)", notifyURL: "https://example.com/alipay/notify")
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
