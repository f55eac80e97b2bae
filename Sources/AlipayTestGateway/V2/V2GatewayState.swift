import Foundation

/// The v2 side's mutable state: routes by method, the request and rejection logs, and the trades, which
/// the built-in v3 trade routes share (`V3TradeRoutes`).
actor V2GatewayState {
    typealias Handler = @Sendable (AlipayTestGateway.V2Request) async throws -> AlipayTestGateway.V2Response
    typealias Rejection = AlipayTestGateway.V2Rejection

    private var routes: [String: Handler] = [:]
    private(set) var received: [AlipayTestGateway.V2Request] = []
    private(set) var rejected: [Rejection] = []
    private var trades = TradeBook()
    /// The logs keep the most recent entries only, so long runs stay bounded.
    private let logLimit = 10_000

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

    func pay(outTradeNo: String, now: Date) throws(Rejection) -> Trade {
        try trades.pay(outTradeNo: outTradeNo, now: now)
    }

    func refund(_ biz: [String: String]) throws(Rejection) -> (trade: Trade, fundChange: Bool) {
        try trades.refund(biz)
    }

    func createTrade(_ biz: [String: String], notifyURL: String?, now: Date) throws(Rejection) -> Trade {
        try trades.create(biz, notifyURL: notifyURL, now: now)
    }

    func openPaidTrade(_ biz: [String: String], notifyURL: String?, now: Date) throws(Rejection) -> Trade {
        try trades.openPaid(biz, notifyURL: notifyURL, now: now)
    }

    func findRefund(_ biz: [String: String]) throws(Rejection) -> (trade: Trade, amount: TradeAmount?) {
        try trades.refund(requestedBy: biz)
    }

    func closeTrade(_ biz: [String: String]) throws(Rejection) -> Trade {
        try trades.close(biz)
    }

    func cancelTrade(_ biz: [String: String]) throws(Rejection) -> (trade: Trade, refunded: Bool) {
        try trades.cancel(biz)
    }

    private func append<Element>(_ element: Element, to log: inout [Element]) {
        // Dropping a quarter at a time keeps appends cheap once the log is full.
        if log.count >= logLimit { log.removeFirst(logLimit / 4) }
        log.append(element)
    }
}
