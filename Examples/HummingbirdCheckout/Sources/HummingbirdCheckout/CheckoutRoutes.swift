import AlipayTrade
import Foundation
import Hummingbird

/// The routes of `CheckoutApplication`.
struct CheckoutRoutes: Sendable {
    let checkout: AlipayCheckout
    let orders: OrderStore
    let address: PublicAddress

    struct NewOrder: Decodable {
        var subject: String
        var amount: String
    }

    struct RefundRequest: Decodable {
        var amount: String?
        var requestNo: String?

        enum CodingKeys: String, CodingKey {
            case amount
            case requestNo = "request_no"
        }
    }

    /// What the query route answers.
    struct TradeState: ResponseEncodable {
        var tradeStatus: String?
        var tradeNo: String?
        var totalAmount: String?
    }

    /// What the refund route answers.
    struct RefundResult: ResponseEncodable {
        var fundChange: String?
        var refundFee: String?
        var order: Order
    }

    func add(to router: Router<BasicRequestContext>) {
        router.post("/orders") { request, _ -> EditedResponse<Order> in
            let form = try await Self.form(NewOrder.self, request)
            guard let fen = Yuan.fen(form.amount), fen > 0, !form.subject.isEmpty else {
                throw HTTPError(.badRequest, message: "subject and a positive amount (yuan, two decimals) are required")
            }
            let order = await orders.create(subject: form.subject, amount: Yuan.text(fen: fen))
            return EditedResponse(status: .created, response: order)
        }
        router.get("/orders/{id}") { _, context -> Order in
            try await order(context)
        }
        router.get("/orders/{id}/checkout") { _, context -> Response in
            let order = try await order(context)
            let form = try checkout.pagePayForm(
                for: order, returnURL: await address.url("/orders/\(order.id)/return"),
                notifyURL: await address.url("/alipay/notify"))
            return Self.text(form, contentType: "text/html; charset=utf-8")
        }
        router.get("/orders/{id}/wap") { _, context -> Response in
            let order = try await order(context)
            let url = try checkout.wapPayURL(
                for: order, returnURL: await address.url("/orders/\(order.id)/return"),
                notifyURL: await address.url("/alipay/notify"))
            return .redirect(to: url, type: .found)
        }
        router.get("/orders/{id}/app-pay") { _, context -> Response in
            let order = try await order(context)
            let orderString = try checkout.appPayOrderString(for: order, notifyURL: await address.url("/alipay/notify"))
            return Self.text(orderString, contentType: "text/plain; charset=utf-8")
        }
        router.get("/orders/{id}/return") { request, context -> Response in
            // The browser's return proves nothing by itself; the notification decides whether it is paid.
            let order = try await order(context)
            let signed = checkout.client.verifyNotification(
                Dictionary(request.uri.queryParameters.map { (String($0.key), String($0.value)) }) { $1 })
            let state = order.status == .paid ? "paid" : "waiting for Alipay's confirmation"
            let page =
                "<!DOCTYPE html><html><body><p>Order \(order.id): \(state).</p>"
                + (signed ? "" : "<p>(The return parameters did not verify.)</p>") + "</body></html>"
            return Self.text(page, contentType: "text/html; charset=utf-8")
        }
        router.post("/alipay/notify") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 64 * 1024)
            let answer = await NotificationHandler(checkout: checkout, orders: orders)
                .answer(formBody: String(buffer: body))
            return Self.text(answer, contentType: "text/plain; charset=utf-8")
        }
        router.get("/orders/{id}/alipay") { _, context -> TradeState in
            let trade = try await checkout.query(try await order(context))
            return TradeState(
                tradeStatus: trade.tradeStatus?.rawValue, tradeNo: trade.tradeNo, totalAmount: trade.totalAmount)
        }
        router.post("/orders/{id}/refund") { request, context -> RefundResult in
            let order = try await order(context)
            let form = try await Self.form(RefundRequest.self, request)
            guard order.status == .paid else { throw HTTPError(.conflict, message: "order \(order.id) is not paid") }
            let amount = form.amount ?? order.amount
            guard let fen = Yuan.fen(amount), fen > 0 else { throw HTTPError(.badRequest, message: "bad amount") }
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

    private func order(_ context: BasicRequestContext) async throws -> Order {
        let id = try context.parameters.require("id")
        guard let order = await orders.order(id) else { throw HTTPError(.notFound, message: "no order \(id)") }
        return order
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

extension Order: ResponseEncodable {}
