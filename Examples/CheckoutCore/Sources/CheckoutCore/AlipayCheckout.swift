import AlipayTrade
import Foundation

/// Every Alipay call the shop makes, apart from the web framework: starting a payment three ways,
/// reading a notification, querying and refunding.
public struct AlipayCheckout: Sendable {
    /// The client every call goes through.
    public let client: AlipayClient

    /// Calls Alipay through `client`.
    public init(client: AlipayClient) {
        self.client = client
    }

    /// Page pay (`alipay.trade.page.pay`): an HTML form that submits itself to Alipay's cashier.
    public func pagePayForm(for order: Order, returnURL: String, notifyURL: String) throws(AlipayError) -> String {
        try AlipayTradePageApi(client: client).pay(
            AlipayTradePagePayModel(
                outTradeNo: order.id, productCode: .fastInstantTradePay, subject: order.subject,
                totalAmount: order.amount),
            returnURL: returnURL, notifyURL: notifyURL)
    }

    /// WAP pay (`alipay.trade.wap.pay`): the URL of Alipay's mobile cashier, to redirect a phone's browser to.
    public func wapPayURL(for order: Order, returnURL: String, notifyURL: String) throws(AlipayError) -> String {
        try AlipayTradeWapApi(client: client).pay(
            AlipayTradeWapPayModel(
                outTradeNo: order.id, productCode: .quickWapWay, subject: order.subject, totalAmount: order.amount),
            returnURL: returnURL, notifyURL: notifyURL, httpMethod: .get)
    }

    /// App pay (`alipay.trade.app.pay`): the signed order string the mobile app hands to the Alipay SDK.
    public func appPayOrderString(for order: Order, notifyURL: String) throws(AlipayError) -> String {
        try AlipayTradeAppApi(client: client).pay(
            AlipayTradeAppPayModel(outTradeNo: order.id, subject: order.subject, totalAmount: order.amount),
            notifyURL: notifyURL)
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
