import AlipayTrade
import CheckoutCore
import Vapor

/// The shop's routes over an order store, on a Vapor application: each decodes its request, asks the
/// `Shop` and encodes the answer.
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
    let shop: Shop
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
            shop: Shop(checkout: AlipayCheckout(client: try AlipayClient(config: settings.alipay)), orders: orders),
            baseURL: base.hasSuffix("/") ? String(base.dropLast()) : base)
        routes.add(to: app)
    }

    func add(to app: Application) {
        let routes = app.grouped(CheckoutRejectionMiddleware())
        routes.post("orders") { request async throws -> JSONAnswer<Order> in
            JSONAnswer(status: .created, value: try await shop.createOrder(try request.content.decode(NewOrder.self)))
        }
        routes.get("orders", ":id") { request async throws -> JSONAnswer<Order> in
            JSONAnswer(value: try await order(request))
        }
        routes.get("orders", ":id", "checkout") { request async throws -> Response in
            let form = try shop.pagePayForm(for: try await order(request), baseURL: baseURL)
            return Self.text(form, contentType: "text/html; charset=utf-8")
        }
        routes.get("orders", ":id", "wap") { request async throws -> Response in
            let url = try shop.wapPayURL(for: try await order(request), baseURL: baseURL)
            return Response(status: .found, headers: ["Location": url])
        }
        routes.get("orders", ":id", "app-pay") { request async throws -> Response in
            let orderString = try shop.appPayOrderString(for: try await order(request), baseURL: baseURL)
            return Self.text(orderString, contentType: "text/plain; charset=utf-8")
        }
        routes.get("orders", ":id", "return") { request async throws -> Response in
            let order = try await order(request)
            let page = shop.returnPage(for: order, query: (try? request.query.decode([String: String].self)) ?? [:])
            return Self.text(page, contentType: "text/html; charset=utf-8")
        }
        routes.on(.POST, "alipay", "notify", body: .collect(maxSize: "64kb")) { request async -> Response in
            let answer = await shop.notificationAnswer(formBody: request.body.string ?? "")
            return Self.text(answer, contentType: "text/plain; charset=utf-8")
        }
        routes.get("orders", ":id", "alipay") { request async throws -> JSONAnswer<TradeState> in
            JSONAnswer(value: try await shop.tradeState(of: try await order(request)))
        }
        routes.post("orders", ":id", "refund") { request async throws -> JSONAnswer<RefundResult> in
            let order = try await order(request)
            return JSONAnswer(value: try await shop.refund(order, try request.content.decode(RefundRequest.self)))
        }
    }

    private func order(_ request: Request) async throws -> Order {
        try await shop.order(try request.parameters.require("id"))
    }

    private static func text(_ text: String, contentType: String) -> Response {
        Response(status: .ok, headers: ["Content-Type": contentType], body: .init(string: text))
    }
}

/// A value answered as JSON, the way Vapor encodes any `Content`.
struct JSONAnswer<Value: Encodable & Sendable>: AsyncResponseEncodable {
    var status: HTTPResponseStatus = .ok
    let value: Value

    func encodeResponse(for request: Request) async throws -> Response {
        let response = Response(status: status)
        try response.content.encode(value, as: .json)
        return response
    }
}
