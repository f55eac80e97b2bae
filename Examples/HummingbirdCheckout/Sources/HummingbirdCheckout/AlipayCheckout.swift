import AlipayTrade
import Foundation

/// Every Alipay call the shop makes, apart from the web framework: starting a payment three ways,
/// reading a notification, querying and refunding.
public struct AlipayCheckout: Sendable {
    public let client: AlipayClient

    public init(client: AlipayClient) {
        self.client = client
    }

    /// What `alipay.trade.page.pay`, `wap.pay` and `app.pay` take as `biz_content`.
    private struct TradePay: Encodable, Sendable {
        var outTradeNo: String
        var totalAmount: String
        var subject: String
        var productCode: String?

        enum CodingKeys: String, CodingKey {
            case outTradeNo = "out_trade_no"
            case totalAmount = "total_amount"
            case subject
            case productCode = "product_code"
        }
    }

    /// Page pay: an HTML form that submits itself to Alipay's cashier.
    public func pagePayForm(for order: Order, returnURL: String, notifyURL: String) throws(AlipayError) -> String {
        try client.v2.pageExecute(
            "alipay.trade.page.pay",
            bizContent: TradePay(
                outTradeNo: order.id, totalAmount: order.amount, subject: order.subject,
                productCode: "FAST_INSTANT_TRADE_PAY"),
            parameters: ["return_url": returnURL, "notify_url": notifyURL])
    }

    /// WAP pay: the URL of Alipay's mobile cashier, to redirect a phone's browser to.
    public func wapPayURL(for order: Order, returnURL: String, notifyURL: String) throws(AlipayError) -> String {
        try client.v2.pageExecute(
            "alipay.trade.wap.pay",
            bizContent: TradePay(
                outTradeNo: order.id, totalAmount: order.amount, subject: order.subject, productCode: "QUICK_WAP_WAY"),
            parameters: ["return_url": returnURL, "notify_url": notifyURL], httpMethod: .get)
    }

    /// App pay: the signed order string the mobile app hands to the Alipay SDK.
    public func appPayOrderString(for order: Order, notifyURL: String) throws(AlipayError) -> String {
        try client.v2.sdkExecute(
            "alipay.trade.app.pay",
            bizContent: TradePay(outTradeNo: order.id, totalAmount: order.amount, subject: order.subject),
            parameters: ["notify_url": notifyURL])
    }

    /// A notification POSTed to `notify_url`, verified (signature and `app_id`) and typed.
    /// - Throws: `AlipayError.invalidNotification` with the reason it was refused.
    public func notification(formBody: String) throws(AlipayError) -> AlipayNotification {
        try client.notification(formBody: formBody)
    }

    /// What Alipay holds for the order (v3 `alipay.trade.query`).
    public func query(_ order: Order) async throws(AlipayError) -> AlipayTradeQueryResponseModel {
        try await AlipayTradeApi(client: client).query(AlipayTradeQueryModel(outTradeNo: order.id))
    }

    /// Refunds `amount` of the order under `requestNo`; the same `requestNo` again refunds nothing more.
    public func refund(_ order: Order, amount: String, requestNo: String) async throws(AlipayError)
        -> AlipayTradeRefundResponseModel
    {
        try await AlipayTradeApi(client: client).refund(
            AlipayTradeRefundModel(outRequestNo: requestNo, outTradeNo: order.id, refundAmount: amount))
    }
}
