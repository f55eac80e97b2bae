import AlipayTrade

/// The `notify_url` logic: a verified notification about one of our orders, for its amount and this
/// app, updates the order and is answered `success`; anything else `failure` (Alipay then retries).
public struct NotificationHandler: Sendable {
    /// Verifies the notifications.
    public let checkout: AlipayCheckout
    /// The orders the notifications update.
    public let orders: OrderStore

    /// Answers notifications about `orders`.
    public init(checkout: AlipayCheckout, orders: OrderStore) {
        self.checkout = checkout
        self.orders = orders
    }

    /// The body to answer Alipay with: `success` or `failure`.
    public func answer(formBody: String) async -> String {
        let notification: AlipayNotification
        do {
            notification = try checkout.notification(formBody: formBody)
        } catch {
            return "failure"
        }
        // Signed by Alipay; now check that it is for this app and one of our orders, for its amount.
        guard notification.appId == checkout.client.config.appId,
            let id = notification.outTradeNo, let order = await orders.order(id),
            let notified = notification.totalAmount.flatMap(Yuan.fen), notified == Yuan.fen(order.amount)
        else { return "failure" }
        await orders.update(id) { order in
            order.tradeNo = notification.tradeNo ?? order.tradeNo
            if let refunded = notification.refundFee { order.refunded = refunded }
            switch notification.tradeStatus {
            case .tradeSuccess, .tradeFinished:
                if order.status == .pending { order.status = .paid }
            case .tradeClosed:
                // Closed after a payment: refunded in full; before one: closed unpaid.
                order.status = order.status == .pending ? .closed : .refunded
            default:
                break
            }
        }
        return "success"
    }
}
