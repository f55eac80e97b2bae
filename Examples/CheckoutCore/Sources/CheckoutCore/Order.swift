import Foundation

/// An order as the shop keeps it. `id` is the `out_trade_no` Alipay knows it by.
public struct Order: Codable, Sendable, Equatable {
    /// Where the order stands, as the notifications and refunds have left it.
    public enum Status: String, Codable, Sendable {
        /// Waiting for the buyer to pay.
        case pending
        /// Paid (a verified `TRADE_SUCCESS` or `TRADE_FINISHED` notification).
        case paid
        /// Paid, then refunded in full.
        case refunded
        /// Closed unpaid.
        case closed
    }

    /// The shop's order number, sent to Alipay as `out_trade_no`.
    public var id: String
    /// What the buyer pays for, as Alipay's cashier shows it.
    public var subject: String
    /// Yuan, two decimals, e.g. `88.88`.
    public var amount: String
    /// Where the order stands.
    public var status: Status
    /// Alipay's trade number, once a notification has named it.
    public var tradeNo: String?
    /// Yuan refunded so far.
    public var refunded: String

    /// A pending order, nothing refunded.
    public init(id: String, subject: String, amount: String) {
        self.id = id
        self.subject = subject
        self.amount = amount
        status = .pending
        refunded = "0.00"
    }
}

/// The orders, in memory: a real shop keeps them in its database.
public actor OrderStore {
    private var orders: [String: Order] = [:]
    private var count = 0
    private let prefix: String

    /// - Parameter prefix: starts every order id; `out_trade_no` must be unique per app, across restarts too.
    public init(prefix: String = "ORDER" + String(Int(Date().timeIntervalSince1970))) {
        self.prefix = prefix
    }

    /// A new pending order.
    public func create(subject: String, amount: String) -> Order {
        count += 1
        let order = Order(id: "\(prefix)_\(count)", subject: subject, amount: amount)
        orders[order.id] = order
        return order
    }

    /// The order `id`, or `nil` for an unknown one.
    public func order(_ id: String) -> Order? {
        orders[id]
    }

    /// Applies `change` to the order `id` and returns it; `nil` for an unknown order.
    @discardableResult
    public func update(_ id: String, _ change: (inout Order) -> Void) -> Order? {
        guard var order = orders[id] else { return nil }
        change(&order)
        orders[id] = order
        return order
    }
}
