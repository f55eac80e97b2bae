import Foundation

/// What `gateway.do` answers by itself for a method no route was registered for.
struct V2BuiltInMethods: Sendable {
    let state: GatewayState
    let v2: V2GatewayState

    typealias Rejection = AlipayTestGateway.V2Rejection
    typealias Response = AlipayTestGateway.V2Response

    /// A node, or a page for a browser.
    enum Answer: Sendable {
        case node(Response)
        case page(String)
    }

    /// The answer, or `nil` when the method is not one of the built-in ones.
    func answer(_ request: AlipayTestGateway.V2Request, now: Date = Date()) async -> Answer? {
        let biz = request.bizStrings
        switch request.method {
        case "alipay.trade.query":
            do {
                let trade = try await v2.findTrade(biz)
                return .node(success(trade.queryFields))
            } catch {
                return .node(failure(error, biz: biz))
            }
        case "alipay.trade.refund":
            do {
                let (trade, fundChange) = try await v2.refund(biz, now: now)
                return .node(success(trade.refundFields(fundChange: fundChange)))
            } catch {
                return .node(failure(error, biz: biz))
            }
        case "alipay.trade.close":
            do {
                let trade = try await v2.closeTrade(biz, now: now)
                return .node(success([("trade_no", trade.tradeNo), ("out_trade_no", trade.outTradeNo)]))
            } catch {
                return .node(failure(error, biz: biz))
            }
        case let method where CashierPage.methods.contains(method):
            do {
                let trade = try await v2.openTrade(biz, notifyURL: request.parameters["notify_url"], now: now)
                return .page(CashierPage.cashier(for: trade))
            } catch {
                return .page(CashierPage.error(error))
            }
        case "alipay.open.app.alipaycert.download":
            guard let sn = biz["alipay_cert_sn"], !sn.isEmpty else {
                return .node(failure(.business("INVALID_PARAMETER", "缺少 alipay_cert_sn"), biz: [:]))
            }
            guard let pem = await state.certificatePEM(sn: sn) else {
                return .node(failure(.business("CERT_NOT_EXIST", "支付宝公钥证书不存在: \(sn)"), biz: [:]))
            }
            return .node(success([("alipay_cert_content", Data(pem.utf8).base64EncodedString())]))
        default:
            return nil
        }
    }

    private func success(_ fields: [(String, String)]) -> Response {
        Response(node: GatewayJSONText.object([("code", "10000"), ("msg", "Success")] + fields))
    }

    /// A business failure naming the trade it was about, as Alipay's do.
    private func failure(_ rejection: Rejection, biz: [String: String]) -> Response {
        let named = ["out_trade_no", "trade_no"].compactMap { key in biz[key].map { (key, $0) } }
        return Response(node: rejection.nodeJSON(extra: named))
    }
}
