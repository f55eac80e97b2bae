import CheckoutCore
import Hummingbird

/// The routes of `CheckoutApplication`: each decodes its request, asks the `Shop` and encodes the answer.
struct CheckoutRoutes: Sendable {
    let shop: Shop
    let address: PublicAddress

    func add(to router: Router<BasicRequestContext>) {
        router.add(middleware: CheckoutRejectionMiddleware())
        router.post("/orders") { request, _ -> EditedResponse<JSONAnswer<Order>> in
            let order = try await shop.createOrder(try await Self.form(NewOrder.self, request))
            return EditedResponse(status: .created, response: JSONAnswer(order))
        }
        router.get("/orders/{id}") { _, context -> JSONAnswer<Order> in
            JSONAnswer(try await order(context))
        }
        router.get("/orders/{id}/checkout") { _, context -> Response in
            let form = try shop.pagePayForm(for: try await order(context), baseURL: await address.baseURL())
            return Self.text(form, contentType: "text/html; charset=utf-8")
        }
        router.get("/orders/{id}/wap") { _, context -> Response in
            let url = try shop.wapPayURL(for: try await order(context), baseURL: await address.baseURL())
            return .redirect(to: url, type: .found)
        }
        router.get("/orders/{id}/app-pay") { _, context -> Response in
            let orderString = try shop.appPayOrderString(
                for: try await order(context), baseURL: await address.baseURL())
            return Self.text(orderString, contentType: "text/plain; charset=utf-8")
        }
        router.get("/orders/{id}/return") { request, context -> Response in
            let query = Dictionary(request.uri.queryParameters.map { (String($0.key), String($0.value)) }) { $1 }
            let page = shop.returnPage(for: try await order(context), query: query)
            return Self.text(page, contentType: "text/html; charset=utf-8")
        }
        router.post("/alipay/notify") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 64 * 1024)
            let answer = await shop.notificationAnswer(formBody: String(buffer: body))
            return Self.text(answer, contentType: "text/plain; charset=utf-8")
        }
        router.get("/orders/{id}/alipay") { _, context -> JSONAnswer<TradeState> in
            JSONAnswer(try await shop.tradeState(of: try await order(context)))
        }
        router.post("/orders/{id}/refund") { request, context -> JSONAnswer<RefundResult> in
            let order = try await order(context)
            return JSONAnswer(try await shop.refund(order, try await Self.form(RefundRequest.self, request)))
        }
    }

    private func order(_ context: BasicRequestContext) async throws -> Order {
        try await shop.order(try context.parameters.require("id"))
    }

    private static func form<Form: Decodable>(_ type: Form.Type, _ request: Request) async throws -> Form {
        let body = try await request.body.collect(upTo: 16 * 1024)
        return try URLEncodedFormDecoder().decode(Form.self, from: String(buffer: body))
    }

    private static func text(_ text: String, contentType: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// A value answered as JSON, the way Hummingbird encodes any `ResponseEncodable`.
struct JSONAnswer<Value: Encodable & Sendable>: ResponseEncodable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }
}
