import AlipayTrade

/// What the shop's routes do, apart from the web framework: each route decodes its request, calls one
/// of these and encodes the answer. A `CheckoutRejection` becomes an HTTP error with its status;
/// an `AlipayError` propagates as the framework answers any other error.
public struct Shop: Sendable {
    /// The Alipay calls.
    public let checkout: AlipayCheckout
    /// The orders.
    public let orders: OrderStore

    /// A shop over `orders` that calls Alipay through `checkout`.
    public init(checkout: AlipayCheckout, orders: OrderStore) {
        self.checkout = checkout
        self.orders = orders
    }

    /// A new pending order, its amount written with two decimals.
    /// - Throws: `CheckoutRejection` (400) without a subject or a positive amount.
    public func createOrder(_ form: NewOrder) async throws(CheckoutRejection) -> Order {
        guard let fen = Yuan.fen(form.amount), fen > 0, !form.subject.isEmpty else {
            throw .badRequest("subject and a positive amount (yuan, two decimals) are required")
        }
        return await orders.create(subject: form.subject, amount: Yuan.text(fen: fen))
    }

    /// The order `id`.
    /// - Throws: `CheckoutRejection` (404) for an unknown order.
    public func order(_ id: String) async throws(CheckoutRejection) -> Order {
        guard let order = await orders.order(id) else { throw .notFound("no order \(id)") }
        return order
    }

    /// The page-pay form for `order`; `baseURL` (no trailing `/`) starts `return_url` and `notify_url`.
    public func pagePayForm(for order: Order, baseURL: String) throws(AlipayError) -> String {
        try checkout.pagePayForm(
            for: order, returnURL: Self.returnURL(order, baseURL), notifyURL: Self.notifyURL(baseURL))
    }

    /// The URL of Alipay's mobile cashier for `order`; `baseURL` as for `pagePayForm(for:baseURL:)`.
    public func wapPayURL(for order: Order, baseURL: String) throws(AlipayError) -> String {
        try checkout.wapPayURL(
            for: order, returnURL: Self.returnURL(order, baseURL), notifyURL: Self.notifyURL(baseURL))
    }

    /// The order string for the Alipay SDK in a mobile app; `baseURL` starts `notify_url`.
    public func appPayOrderString(for order: Order, baseURL: String) throws(AlipayError) -> String {
        try checkout.appPayOrderString(for: order, notifyURL: Self.notifyURL(baseURL))
    }

    /// The HTML page for a browser back from paying, with the query parameters Alipay added. The return
    /// proves nothing by itself; the notification decides whether the order is paid.
    public func returnPage(for order: Order, query: [String: String]) -> String {
        let signed = checkout.client.verifyNotification(query)
        let state = order.status == .paid ? "paid" : "waiting for Alipay's confirmation"
        return "<!DOCTYPE html><html><body><p>Order \(order.id): \(state).</p>"
            + (signed ? "" : "<p>(The return parameters did not verify.)</p>") + "</body></html>"
    }

    /// The answer to a notification POSTed to `notify_url`: `success` or `failure`.
    public func notificationAnswer(formBody: String) async -> String {
        await NotificationHandler(checkout: checkout, orders: orders).answer(formBody: formBody)
    }

    /// The trade as Alipay holds it.
    public func tradeState(of order: Order) async throws(AlipayError) -> TradeState {
        let trade = try await checkout.query(order)
        return TradeState(
            tradeStatus: trade.tradeStatus?.rawValue, tradeNo: trade.tradeNo, totalAmount: trade.totalAmount)
    }

    /// Refunds the form's amount (all of the order by default) and records what Alipay says is refunded.
    /// - Throws: `CheckoutRejection` (409) unless the order is paid, (400) for a bad amount; `AlipayError`
    ///   when Alipay refuses or cannot be reached.
    public func refund(_ order: Order, _ form: RefundRequest) async throws -> RefundResult {
        guard order.status == .paid else { throw CheckoutRejection.conflict("order \(order.id) is not paid") }
        let amount = form.amount ?? order.amount
        guard let fen = Yuan.fen(amount), fen > 0 else { throw CheckoutRejection.badRequest("bad amount") }
        let refund = try await checkout.refund(
            order, amount: Yuan.text(fen: fen), requestNo: form.requestNo ?? "\(order.id)_R\(fen)")
        let updated = await orders.update(order.id) { order in
            if let fee = refund.refundFee { order.refunded = fee }
            if Yuan.fen(order.refunded) == Yuan.fen(order.amount) { order.status = .refunded }
        }
        return RefundResult(
            fundChange: refund.fundChange?.rawValue, refundFee: refund.refundFee, order: updated ?? order)
    }

    private static func returnURL(_ order: Order, _ baseURL: String) -> String {
        "\(baseURL)/orders/\(order.id)/return"
    }

    private static func notifyURL(_ baseURL: String) -> String {
        "\(baseURL)/alipay/notify"
    }
}
