import Foundation

/// The v3 trade operations the gateway answers by itself, over the same trades as `gateway.do`: a
/// checkout opened by page pay, WAP pay or an order string can be queried, refunded, closed and
/// cancelled with v3 calls, and one opened by a v3 call shows in v2 `alipay.trade.query`.
///
/// Each is `POST /v3/alipay/trade/<operation>` with the operation's JSON model as the body. Business
/// failures answer HTTP 400 with `{"code":…,"message":…}`, the codes those of the operation's error
/// model and the same as the v2 `sub_code`s (`ACQ.TRADE_NOT_EXIST`, `ACQ.INVALID_PARAMETER` for a
/// missing or invalid field, …). They are registered before any test route, so
/// `route(.post, "/v3/alipay/trade/query") { … }` replaces the built-in answer.
struct V3TradeRoutes: Sendable {
    let trades: V2GatewayState

    typealias Rejection = AlipayTestGateway.V2Rejection

    /// One route per operation.
    var routes: [GatewayRoute] {
        let trades = trades
        return [
            route("precreate") { (biz, now) async throws(Rejection) -> String in
                try await trades.openTrade(biz, notifyURL: biz["notify_url"], now: now).precreateAnswer
            },
            route("create") { (biz, now) async throws(Rejection) -> String in
                try await trades.createTrade(biz, notifyURL: biz["notify_url"], now: now).numbersAnswer
            },
            route("pay") { (biz, now) async throws(Rejection) -> String in
                try await trades.openPaidTrade(biz, notifyURL: biz["notify_url"], now: now).payAnswer
            },
            route("query") { (biz, _) async throws(Rejection) -> String in
                try await trades.findTrade(biz).queryAnswer
            },
            route("refund") { (biz, now) async throws(Rejection) -> String in
                let (trade, fundChange) = try await trades.refund(biz, now: now)
                return trade.refundAnswer(fundChange: fundChange)
            },
            route("fastpay/refund/query") { (biz, _) async throws(Rejection) -> String in
                let (trade, amount) = try await trades.findRefund(biz)
                return trade.refundQueryAnswer(requestNo: biz["out_request_no"] ?? "", amount: amount)
            },
            route("close") { (biz, now) async throws(Rejection) -> String in
                try await trades.closeTrade(biz, now: now).numbersAnswer
            },
            route("cancel") { (biz, now) async throws(Rejection) -> String in
                do throws(Rejection) {
                    let (trade, refunded) = try await trades.cancelTrade(biz, now: now)
                    return trade.cancelAnswer(refunded: refunded)
                } catch {
                    // Alipay answers a cancel of a trade it does not know with success and no `action`.
                    guard error == .tradeNotExist else { throw error }
                    let named = ["trade_no", "out_trade_no"].compactMap { key in biz[key].map { (key, $0) } }
                    return GatewayJSONText.object(named + [("retry_flag", "N")])
                }
            },
        ]
    }

    /// `POST /v3/alipay/trade/<operation>`, answering the JSON text `answer` makes from the body's fields.
    private func route(
        _ operation: String,
        _ answer: @escaping @Sendable ([String: String], Date) async throws(Rejection) -> String
    ) -> GatewayRoute {
        GatewayRoute(method: .post, pattern: "/v3/alipay/trade/" + operation) { request in
            do throws(Rejection) {
                return .json(text: try await answer(BusinessFields.strings(of: request.body), Date()))
            } catch {
                return .error(status: 400, code: error.subCode, message: error.subMsg)
            }
        }
    }
}
