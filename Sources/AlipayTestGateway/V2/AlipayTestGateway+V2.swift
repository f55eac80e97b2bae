import AlipayRuntime
import Foundation

/// Alipay's v2 protocol: one URL, `gateway.do`, for every API, named by the `method` parameter.
///
/// Checks, in Alipay's order: `app_id` (unknown: an unsigned `error_response`), `method`, `charset`
/// `utf-8`, `format` `json`, `sign_type` `RSA2`, `timestamp` in Beijing time within
/// `configuration.timestampTolerance`, `version` `1.0`, `sign`, in certificate mode `app_cert_sn` and
/// `alipay_root_cert_sn`, the signature, `encrypt_type=AES` decryption, and `biz_content` JSON.
/// Refusals after the app is known come back signed in the method's node, e.g.
/// `{"alipay_trade_query_response":{"code":"40002",…,"sub_code":"isv.invalid-signature",…},"sign":…}`.
///
/// Built in: `alipay.trade.query`, `alipay.trade.refund` and `alipay.trade.close` over the gateway's
/// trades, page and WAP pay (a cashier page that opens a trade), and `alipay.open.app.alipaycert.download`;
/// `routeV2(_:handler:)` answers any method. The v3 trade routes (`/v3/alipay/trade/query`, …) work over
/// the same trades. Payments, refunds and closes notify the trade's `notify_url` (`notificationDeliveries`).
extension AlipayTestGateway {
    /// `http://127.0.0.1:<port>/gateway.do`: use it as `AlipayConfig.gatewayURL`.
    public var gatewayURL: URL {
        baseURL.appendingPathComponent("gateway.do")
    }

    /// Answers v2 `method` with `handler` (replacing a built-in answer for that method, or an earlier route).
    public func routeV2(
        _ method: String,
        handler: @escaping @Sendable (V2Request) async throws -> V2Response
    ) async {
        await v2State.setRoute(method, handler)
    }

    /// v2 requests that passed every check, in arrival order (order strings and page-pay submissions included).
    public var receivedV2Requests: [V2Request] {
        get async { await v2State.received }
    }

    /// v2 refusals (gateway checks, unknown methods, refused order strings), in arrival order.
    public var v2Rejections: [V2Rejection] {
        get async { await v2State.rejected }
    }

    /// Checks an app-pay order string as Alipay does when the mobile SDK hands it over (values
    /// form-decoded, any order); for `alipay.trade.app.pay` it records the trade (`WAIT_BUYER_PAY`).
    /// - Throws: `V2Rejection` when a check fails or the trade cannot be opened.
    public func acceptOrderString(_ orderString: String) async throws -> V2Request {
        let parameters: [String: String]
        do {
            parameters = try GatewayForm.merged(GatewayForm.pairs(orderString))
        } catch {
            throw await refused(.invalidParameter(error.detail))
        }
        let request: V2Request
        do {
            request = try engine.v2Checker.check(parameters, httpMethod: nil)
        } catch {
            throw await refused(error.rejection)
        }
        if request.method == "alipay.trade.app.pay" {
            do {
                _ = try await v2State.openTrade(request.bizStrings, notifyURL: parameters["notify_url"], now: Date())
            } catch {
                throw await refused(error)
            }
        }
        await v2State.record(request)
        return request
    }

    /// The buyer pays at the cashier: marks a recorded trade paid (`TRADE_SUCCESS`), starts delivering
    /// the asynchronous notification to the trade's `notify_url` (see `notificationDeliveries`), and
    /// returns that notification: the exact `application/x-www-form-urlencoded` body, signed for the v1
    /// check (everything but `sign` and `sign_type`).
    /// - Throws: `V2Rejection` (`ACQ.TRADE_NOT_EXIST`, `ACQ.TRADE_HAS_SUCCESS`, …), or `AlipayError`
    ///   when the notification cannot be signed.
    public func pay(outTradeNo: String) async throws -> String {
        try await v2State.pay(outTradeNo: outTradeNo, now: Date()).notification.get()
    }

    private func refused(_ rejection: V2Rejection) async -> V2Rejection {
        await v2State.reject(rejection)
        return rejection
    }
}
