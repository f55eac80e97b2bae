import AlipayTrade
import Foundation
import Vapor

/// The shop's routes over an order store, on a Vapor application.
///
/// - `POST /orders` (form `subject`, `amount`): a new order, as JSON.
/// - `GET /orders/:id`: the order as the shop holds it.
/// - `GET /orders/:id/checkout`: the page-pay form, `text/html`, that submits itself to Alipay.
/// - `GET /orders/:id/wap`: a redirect to Alipay's mobile cashier.
/// - `GET /orders/:id/app-pay`: the order string for the Alipay SDK in a mobile app, `text/plain`.
/// - `GET /orders/:id/return`: where the browser comes back after paying.
/// - `POST /alipay/notify`: Alipay's notifications, answered `success` or `failure`.
/// - `GET /orders/:id/alipay`: the trade as Alipay holds it (query).
/// - `POST /orders/:id/refund` (form `amount`, default all of it; `request_no`): a refund.
public struct CheckoutRoutes: Sendable {
    let checkout: AlipayCheckout
    let orders: OrderStore
    /// `notify_url` and `return_url` start with it.
    let baseURL: String

    /// Listens on `settings.host`/`port` and adds the routes to `app`.
    public static func configure(_ app: Application, settings: CheckoutSettings, orders: OrderStore = OrderStore())
        throws
    {
        app.http.server.configuration.hostname = settings.host
        app.http.server.configuration.port = settings.port
        let base = settings.publicBaseURL?.absoluteString ?? "http://\(settings.host):\(settings.port)"
        let routes = CheckoutRoutes(
            checkout: AlipayCheckout(client: try AlipayClient(config: settings.alipay)), orders: orders,
            baseURL: base.hasSuffix("/") ? String(base.dropLast()) : base)
        routes.add(to: app)
    }

    struct NewOrder: Content {
        var subject: String
        var amount: String
    }

    struct RefundRequest: Content {
        var amount: String?
        var requestNo: String?

        enum CodingKeys: String, CodingKey {
            case amount
            case requestNo = "request_no"
        }
    }

    /// What the query route answers.
    struct TradeState: Content {
        var tradeStatus: String?
        var tradeNo: String?
        var totalAmount: String?
    }

    /// What the refund route answers.
    struct RefundResult: Content {
        var fundChange: String?
        var refundFee: String?
        var order: Order
    }

    func add(to app: Application) {
        app.post("orders") { request async throws -> Response in
            let form = try request.content.decode(NewOrder.self)
            guard let fen = Yuan.fen(form.amount), fen > 0, !form.subject.isEmpty else {
                throw Abort(.badRequest, reason: "subject and a positive amount (yuan, two decimals) are required")
            }
            let order = await orders.create(subject: form.subject, amount: Yuan.text(fen: fen))
            return try await order.encodeResponse(status: .created, for: request)
        }
        app.get("orders", ":id") { request async throws -> Order in
            try await order(request)
        }
        app.get("orders", ":id", "checkout") { request async throws -> Response in
            let order = try await order(request)
            let form = try checkout.pagePayForm(
                for: order, returnURL: "\(baseURL)/orders/\(order.id)/return", notifyURL: "\(baseURL)/alipay/notify")
            return Self.text(form, contentType: "text/html; charset=utf-8")
        }
        app.get("orders", ":id", "wap") { request async throws -> Response in
            let order = try await order(request)
            let url = try checkout.wapPayURL(
                for: order, returnURL: "\(baseURL)/orders/\(order.id)/return", notifyURL: "\(baseURL)/alipay/notify")
            return Response(status: .found, headers: ["Location": url])
        }
        app.get("orders", ":id", "app-pay") { request async throws -> Response in
            let order = try await order(request)
            let orderString = try checkout.appPayOrderString(for: order, notifyURL: "\(baseURL)/alipay/notify")
            return Self.text(orderString, contentType: "text/plain; charset=utf-8")
        }
        app.get("orders", ":id", "return") { request async throws -> Response in
            // The browser's return proves nothing by itself; the notification decides whether it is paid.
            let order = try await order(request)
            let parameters = (try? request.query.decode([String: String].self)) ?? [:]
            let signed = checkout.client.verifyNotification(parameters)
            let state = order.status == .paid ? "paid" : "waiting for Alipay's confirmation"
            let page =
                "<!DOCTYPE html><html><body><p>Order \(order.id): \(state).</p>"
                + (signed ? "" : "<p>(The return parameters did not verify.)</p>") + "</body></html>"
            return Self.text(page, contentType: "text/html; charset=utf-8")
        }
        app.on(.POST, "alipay", "notify", body: .collect(maxSize: "64kb")) { request async -> Response in
            let answer = await NotificationHandler(checkout: checkout, orders: orders)
                .answer(formBody: request.body.string ?? "")
            return Self.text(answer, contentType: "text/plain; charset=utf-8")
        }
        app.get("orders", ":id", "alipay") { request async throws -> TradeState in
            let trade = try await checkout.query(try await order(request))
            return TradeState(
                tradeStatus: trade.tradeStatus?.rawValue, tradeNo: trade.tradeNo, totalAmount: trade.totalAmount)
        }
        app.post("orders", ":id", "refund") { request async throws -> RefundResult in
            let order = try await order(request)
            let form = try request.content.decode(RefundRequest.self)
            guard order.status == .paid else { throw Abort(.conflict, reason: "order \(order.id) is not paid") }
            let amount = form.amount ?? order.amount
            guard let fen = Yuan.fen(amount), fen > 0 else { throw Abort(.badRequest, reason: "bad amount") }
            let refund = try await checkout.refund(
                order, amount: Yuan.text(fen: fen), requestNo: form.requestNo ?? "\(order.id)_R\(fen)")
            let updated = await orders.update(order.id) { order in
                if let fee = refund.refundFee { order.refunded = fee }
                if Yuan.fen(order.refunded) == Yuan.fen(order.amount) { order.status = .refunded }
            }
            return RefundResult(
                fundChange: refund.fundChange?.rawValue, refundFee: refund.refundFee, order: updated ?? order)
        }
    }

    private func order(_ request: Request) async throws -> Order {
        let id = try request.parameters.require("id")
        guard let order = await orders.order(id) else { throw Abort(.notFound, reason: "no order \(id)") }
        return order
    }

    private static func text(_ text: String, contentType: String) -> Response {
        Response(status: .ok, headers: ["Content-Type": contentType], body: .init(string: text))
    }
}

extension Order: Content {}
