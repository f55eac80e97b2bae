import AlipayRuntime
import Foundation

/// The v2 side's mutable state: routes by method, the request and rejection logs, and the trades, which
/// the built-in v3 trade routes share (`V3TradeRoutes`). A trade that is paid, refunded or closed sends
/// its notification (`TradeNotification`) to its `notify_url` through the courier.
actor V2GatewayState {
    typealias Handler = @Sendable (AlipayTestGateway.V2Request) async throws -> AlipayTestGateway.V2Response
    typealias Rejection = AlipayTestGateway.V2Rejection

    private var routes: [String: Handler] = [:]
    private(set) var received: [AlipayTestGateway.V2Request] = []
    private(set) var rejected: [Rejection] = []
    private var trades = TradeBook()
    /// The logs keep the most recent entries only, so long runs stay bounded.
    private let logLimit = 10_000
    private let appId: String
    /// Holds the identity notifications are signed with, which rotates.
    private let signer: GatewayState
    let courier: NotificationCourier
    private var notificationCount = 0

    init(appId: String, signer: GatewayState, courier: NotificationCourier) {
        self.appId = appId
        self.signer = signer
        self.courier = courier
    }

    func setRoute(_ method: String, _ handler: @escaping Handler) {
        routes[method] = handler
    }

    func route(for method: String) -> Handler? {
        routes[method]
    }

    func record(_ request: AlipayTestGateway.V2Request) {
        append(request, to: &received)
    }

    func reject(_ rejection: Rejection) {
        append(rejection, to: &rejected)
    }

    func openTrade(_ biz: [String: String], notifyURL: String?, now: Date) throws(Rejection) -> Trade {
        try trades.open(biz, notifyURL: notifyURL, now: now)
    }

    func findTrade(_ biz: [String: String]) throws(Rejection) -> Trade {
        try trades.find(biz)
    }

    /// Pays the trade and sends its notification; returns the notification's signed form body, or
    /// why it could not be signed.
    func pay(outTradeNo: String, now: Date) async throws(Rejection) -> (trade: Trade, notification: SignedForm) {
        let trade = try trades.pay(outTradeNo: outTradeNo, now: now)
        return (trade, await notify(trade, .payment, now: now))
    }

    func refund(_ biz: [String: String], now: Date) async throws(Rejection) -> (trade: Trade, fundChange: Bool) {
        let (trade, fundChange, requestNo) = try trades.refund(biz)
        if fundChange { _ = await notify(trade, .refund(requestNo: requestNo), now: now) }
        return (trade, fundChange)
    }

    func createTrade(_ biz: [String: String], notifyURL: String?, now: Date) throws(Rejection) -> Trade {
        try trades.create(biz, notifyURL: notifyURL, now: now)
    }

    func openPaidTrade(_ biz: [String: String], notifyURL: String?, now: Date) async throws(Rejection) -> Trade {
        let trade = try trades.openPaid(biz, notifyURL: notifyURL, now: now)
        _ = await notify(trade, .payment, now: now)
        return trade
    }

    func findRefund(_ biz: [String: String]) throws(Rejection) -> (trade: Trade, amount: TradeAmount?) {
        try trades.refund(requestedBy: biz)
    }

    func closeTrade(_ biz: [String: String], now: Date) async throws(Rejection) -> Trade {
        let trade = try trades.close(biz)
        _ = await notify(trade, .close, now: now)
        return trade
    }

    func cancelTrade(_ biz: [String: String], now: Date) async throws(Rejection) -> (trade: Trade, refunded: Bool) {
        let wasClosed = try trades.find(biz).status == .closed
        let (trade, refunded) = try trades.cancel(biz)
        if !wasClosed { _ = await notify(trade, .close, now: now) }
        return (trade, refunded)
    }

    /// A notification's form body, or why it could not be signed.
    typealias SignedForm = Result<String, AlipayError>

    /// Signs the notification of `event` and hands it to the courier when the trade has a `notify_url`.
    private func notify(_ trade: Trade, _ event: TradeNotification.Event, now: Date) async -> SignedForm {
        notificationCount += 1
        let notification = TradeNotification(
            trade: trade, event: event, appId: appId, time: now, serial: notificationCount)
        let serial = notificationCount
        let identity = await signer.identity
        let signed: SignedForm
        do {
            signed = .success(try notification.formBody(signedBy: identity))
        } catch {
            signed = .failure(error)
        }
        guard let notifyURL = trade.notifyURL, !notifyURL.isEmpty else { return signed }
        let fields = Dictionary(notification.fields) { first, _ in first }
        switch signed {
        case .success(let body):
            await courier.send(notification: serial, formBody: body, fields: fields, to: notifyURL)
        case .failure(let error):
            await courier.fail(notification: serial, fields: fields, to: notifyURL, reason: error.description)
        }
        return signed
    }

    private func append<Element>(_ element: Element, to log: inout [Element]) {
        // Dropping a quarter at a time keeps appends cheap once the log is full.
        if log.count >= logLimit { log.removeFirst(logLimit / 4) }
        log.append(element)
    }
}
