import Foundation

/// The trades the gateway knows, by `out_trade_no`, and what the v2 and v3 trade methods and payment do
/// to them.
struct TradeBook: Sendable {
    typealias Rejection = AlipayTestGateway.V2Rejection

    private var trades: [String: Trade] = [:]
    private var sequence = 0

    /// Opens a trade from the business fields of a pay method; an unpaid trade may be opened again
    /// with the same amount, as a buyer who reloads the cashier does.
    mutating func open(_ biz: [String: String], notifyURL: String?, now: Date) throws(Rejection) -> Trade {
        guard let outTradeNo = biz["out_trade_no"], !outTradeNo.isEmpty else {
            throw .tradeParameter("缺少 out_trade_no")
        }
        guard let amount = biz["total_amount"].flatMap(TradeAmount.init), amount > .zero else {
            throw .tradeParameter("total_amount 无效: \(biz["total_amount"] ?? "(无)")")
        }
        guard let subject = biz["subject"], !subject.isEmpty else { throw .tradeParameter("缺少 subject") }
        if var existing = trades[outTradeNo] {
            switch existing.status {
            case .success: throw .tradeHasSuccess
            case .closed: throw .tradeHasClosed
            case .waitBuyerPay:
                guard existing.totalAmount == amount else { throw .contextInconsistent }
                existing.notifyURL = notifyURL ?? existing.notifyURL
                trades[outTradeNo] = existing
                return existing
            }
        }
        sequence += 1
        let serial = String(sequence)
        let trade = Trade(
            outTradeNo: outTradeNo,
            tradeNo: GatewayBeijingClock.day(of: now) + "22001" + String(repeating: "0", count: 15 - serial.count)
                + serial,
            totalAmount: amount, subject: subject, notifyURL: notifyURL, created: now)
        trades[outTradeNo] = trade
        return trade
    }

    /// Opens a trade for a named buyer (`buyer_id` or `buyer_open_id`), as `alipay.trade.create` does; the
    /// same buyer may open it again, another may not.
    mutating func create(_ biz: [String: String], notifyURL: String?, now: Date) throws(Rejection) -> Trade {
        let buyerUserId = Self.nonEmpty(biz["buyer_id"])
        let buyerOpenId = Self.nonEmpty(biz["buyer_open_id"])
        guard buyerUserId != nil || buyerOpenId != nil else {
            throw .tradeParameter("需要 buyer_id 或 buyer_open_id 之一")
        }
        if let existing = Self.nonEmpty(biz["out_trade_no"]).flatMap({ trades[$0] }),
            existing.buyerUserId != buyerUserId || existing.buyerOpenId != buyerOpenId
        {
            throw .tradeBuyerNotMatch
        }
        var trade = try open(biz, notifyURL: notifyURL, now: now)
        trade.buyerUserId = buyerUserId
        trade.buyerOpenId = buyerOpenId
        trades[trade.outTradeNo] = trade
        return trade
    }

    /// Opens a trade and pays it at once, as a barcode payment (`alipay.trade.pay` with `auth_code`) does.
    mutating func openPaid(_ biz: [String: String], notifyURL: String?, now: Date) throws(Rejection) -> Trade {
        guard Self.nonEmpty(biz["auth_code"]) != nil else { throw .tradeParameter("缺少 auth_code") }
        let trade = try open(biz, notifyURL: notifyURL, now: now)
        return try pay(outTradeNo: trade.outTradeNo, now: now)
    }

    /// The trade named by `trade_no` or `out_trade_no`.
    func find(_ biz: [String: String]) throws(Rejection) -> Trade {
        if let tradeNo = biz["trade_no"], !tradeNo.isEmpty {
            guard let trade = trades.values.first(where: { $0.tradeNo == tradeNo }) else { throw .tradeNotExist }
            return trade
        }
        guard let outTradeNo = biz["out_trade_no"], !outTradeNo.isEmpty else {
            throw .tradeParameter("需要 out_trade_no 或 trade_no 之一")
        }
        guard let trade = trades[outTradeNo] else { throw .tradeNotExist }
        return trade
    }

    /// The buyer pays: `WAIT_BUYER_PAY` becomes `TRADE_SUCCESS`.
    mutating func pay(outTradeNo: String, now: Date) throws(Rejection) -> Trade {
        guard var trade = trades[outTradeNo] else { throw .tradeNotExist }
        switch trade.status {
        case .success: throw .tradeHasSuccess
        case .closed: throw .tradeHasClosed
        case .waitBuyerPay: break
        }
        trade.status = .success
        trade.paid = now
        trades[outTradeNo] = trade
        return trade
    }

    /// Refunds `refund_amount` under `out_request_no` (the trade's `out_trade_no` when absent); a refund
    /// repeated with the same `out_request_no` moves no money (`fundChange` false). A trade refunded in
    /// full is closed.
    mutating func refund(_ biz: [String: String]) throws(Rejection) -> (
        trade: Trade, fundChange: Bool, requestNo: String
    ) {
        guard let amount = biz["refund_amount"].flatMap(TradeAmount.init), amount > .zero else {
            throw .tradeParameter("refund_amount 无效: \(biz["refund_amount"] ?? "(无)")")
        }
        var trade = try find(biz)
        let requestNo = biz["out_request_no"].flatMap { $0.isEmpty ? nil : $0 } ?? trade.outTradeNo
        if let earlier = trade.refunds[requestNo] {
            guard earlier == amount else { throw .discordantRepeatRequest }
            return (trade, false, requestNo)
        }
        switch trade.status {
        case .waitBuyerPay: throw .tradeStatusError
        case .closed: throw .tradeHasClosed
        case .success: break
        }
        guard trade.refunded + amount <= trade.totalAmount else { throw .refundAmountExceeded }
        trade.refunded = trade.refunded + amount
        trade.refunds[requestNo] = amount
        if trade.refunded == trade.totalAmount { trade.status = .closed }
        trades[trade.outTradeNo] = trade
        return (trade, true, requestNo)
    }

    /// The refund made under `out_request_no`, if any, with its trade.
    func refund(requestedBy biz: [String: String]) throws(Rejection) -> (trade: Trade, amount: TradeAmount?) {
        guard let requestNo = Self.nonEmpty(biz["out_request_no"]) else {
            throw .tradeParameter("缺少 out_request_no")
        }
        let trade = try find(biz)
        return (trade, trade.refunds[requestNo])
    }

    /// Closes an unpaid trade; any other is `ACQ.TRADE_STATUS_ERROR`.
    mutating func close(_ biz: [String: String]) throws(Rejection) -> Trade {
        var trade = try find(biz)
        guard trade.status == .waitBuyerPay else { throw .tradeStatusError }
        trade.status = .closed
        trades[trade.outTradeNo] = trade
        return trade
    }

    /// Cancels a trade: an unpaid one is closed, a paid one refunded (what is left of it) and closed. A
    /// trade already closed stays as it is; `refunded` says whether the trade had been paid.
    mutating func cancel(_ biz: [String: String]) throws(Rejection) -> (trade: Trade, refunded: Bool) {
        var trade = try find(biz)
        if trade.status != .closed {
            trade.refunded = trade.paid == nil ? .zero : trade.totalAmount
            trade.status = .closed
            trades[trade.outTradeNo] = trade
        }
        return (trade, trade.paid != nil)
    }

    private static func nonEmpty(_ value: String?) -> String? {
        value.flatMap { $0.isEmpty ? nil : $0 }
    }
}
