import AlipayTestGateway
import AlipayTrade
import CheckoutCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import HummingbirdCheckout

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The shop against the test gateway over loopback: a browser submits the page-pay form, the gateway
/// takes the payment and POSTs its notification to the shop, which marks the order paid and answers
/// `success`; then the shop refunds.
@Suite("Hummingbird checkout end to end against the test gateway")
struct CheckoutEndToEndTests {
    /// The repository's test keys (Tests/Fixtures/Keys), found from this file's path.
    static let keys = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // HummingbirdCheckoutTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // HummingbirdCheckout
        .deletingLastPathComponent()  // Examples
        .deletingLastPathComponent()
        .appendingPathComponent("Tests/Fixtures/Keys")

    static func key(_ name: String) throws -> String {
        try String(contentsOf: keys.appendingPathComponent(name), encoding: .utf8)
    }

    static let appId = "2021000000000001"

    /// Runs `body` with a gateway (notifications 60 000 times faster than Alipay's schedule), the
    /// shop's settings pointed at it, and a client signing as the shop does.
    static func withGateway(
        _ body: (AlipayTestGateway, CheckoutSettings) async throws -> Void
    ) async throws {
        var configuration = AlipayTestGateway.Configuration(
            appId: appId, appPublicKey: try key("app_public.pem"),
            alipayPrivateKey: try key("alipay_private_pkcs8.pem"))
        configuration.notificationPolicy = .init(timeCompression: 60_000)
        let gateway = try await AlipayTestGateway.start(configuration)
        var alipay = AlipayConfig(
            appId: appId, privateKey: try key("app_private_pkcs1.pem"), alipayPublicKey: try key("alipay_public.b64"))
        alipay.serverURL = gateway.baseURL
        do {
            // Port 0: the shop listens on a free port and builds its notify_url from it.
            try await body(gateway, CheckoutSettings(alipay: alipay, port: 0))
        } catch {
            await gateway.stop()
            throw error
        }
        await gateway.stop()
    }

    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    static func newOrder(_ client: some TestClientProtocol, subject: String, amount: String) async throws -> Order {
        let response = try await client.execute(
            uri: "/orders", method: .post, headers: form,
            body: ByteBuffer(string: "subject=\(subject)&amount=\(amount)"))
        #expect(response.status == .created)
        return try JSONDecoder().decode(Order.self, from: response.body)
    }

    static func order(_ client: some TestClientProtocol, _ id: String) async throws -> Order {
        let response = try await client.execute(uri: "/orders/\(id)", method: .get)
        return try JSONDecoder().decode(Order.self, from: response.body)
    }

    @Test("page pay: form submitted, gateway pays, notification answered success, order paid, queried, refunded")
    func pagePayThenRefund() async throws {
        try await Self.withGateway { gateway, settings in
            let app = try CheckoutApplication.make(settings: settings)
            try await app.test(.live) { client in
                let port = try #require(client.port)
                let created = try await Self.newOrder(client, subject: "Tea", amount: "88.8")
                #expect(created.amount == "88.80" && created.status == .pending)

                // The checkout page: a form that submits itself to the gateway.
                let page = try await client.execute(uri: "/orders/\(created.id)/checkout", method: .get)
                #expect(page.status == .ok)
                #expect(page.headers[.contentType] == "text/html; charset=utf-8")
                let form = try PageForm(html: String(buffer: page.body))
                #expect(form.action.hasPrefix(gateway.gatewayURL.absoluteString + "?"))

                // The browser submits it; the gateway answers with its cashier for the trade.
                var submission = URLRequest(url: try #require(URL(string: form.action)))
                submission.httpMethod = "POST"
                submission.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
                submission.httpBody = Data(form.body.utf8)
                let (cashier, answer) = try await URLSession.shared.data(for: submission)
                #expect((answer as? HTTPURLResponse)?.statusCode == 200)
                let cashierPage = String(decoding: cashier, as: UTF8.self)
                #expect(cashierPage.contains(#"<dd id="out_trade_no">\#(created.id)</dd>"#), "\(cashierPage)")
                #expect(cashierPage.contains(#"<dd id="total_amount">88.80</dd>"#))
                #expect(await gateway.v2Rejections.isEmpty)

                // The buyer pays; the gateway notifies the shop, which answers success.
                let notification = try await gateway.pay(outTradeNo: created.id)
                let delivered = try await gateway.notificationDeliveries(count: 1, timeout: .seconds(10))
                #expect(delivered.count == 1)
                let payment = try #require(delivered.first)
                #expect(payment.notifyURL.hasSuffix(":\(port)/alipay/notify"), "the shop's own address")
                #expect(payment.formBody == notification)
                #expect(payment.status == 200 && payment.answer == "success", "\(payment)")

                let paid = try await Self.order(client, created.id)
                #expect(paid.status == .paid)
                #expect(paid.tradeNo != nil && paid.tradeNo == payment.fields["trade_no"])

                let query = try await client.execute(uri: "/orders/\(created.id)/alipay", method: .get)
                let state = try JSONDecoder().decode([String: String].self, from: query.body)
                #expect(state["tradeStatus"] == "TRADE_SUCCESS" && state["totalAmount"] == "88.80")

                // A refund of all of it: Alipay's answer, the order, and the refund notification.
                let refund = try await client.execute(
                    uri: "/orders/\(created.id)/refund", method: .post, headers: Self.form,
                    body: ByteBuffer(string: "request_no=\(created.id)_R1"))
                #expect(refund.status == .ok, "\(String(buffer: refund.body))")
                let refunded = try JSONDecoder().decode(RefundAnswer.self, from: refund.body)
                #expect(refunded.fundChange == "Y" && refunded.refundFee == "88.80")
                #expect(refunded.order.status == .refunded)

                let afterRefund = try await gateway.notificationDeliveries(count: 2, timeout: .seconds(10))
                let closing = try #require(afterRefund.last)
                #expect(closing.fields["trade_status"] == "TRADE_CLOSED" && closing.fields["refund_fee"] == "88.80")
                #expect(closing.answer == "success", "\(closing)")
                #expect(try await Self.order(client, created.id).status == .refunded)

                // Nothing was retried: both were answered success at the first attempt.
                try await Task.sleep(for: .milliseconds(100))
                #expect(await gateway.notificationDeliveries.map(\.attempt) == [1, 1])
            }
        }
    }

    struct RefundAnswer: Decodable {
        var fundChange: String?
        var refundFee: String?
        var order: Order
    }

    @Test("the notify route answers failure to a forged body, an unknown order and a wrong amount")
    func notificationsRefused() async throws {
        try await Self.withGateway { gateway, settings in
            let app = try CheckoutApplication.make(settings: settings)
            try await app.test(.live) { client in
                let port = try #require(client.port)
                let notifyURL = "http://127.0.0.1:\(port)/alipay/notify"
                let signer = try AlipayClient(config: settings.alipay)
                let order = try await Self.newOrder(client, subject: "Cake", amount: "10.00")

                // A trade the shop never opened, and one for its order at another amount: both signed
                // by the gateway, both delivered to the shop, both refused (and so retried).
                for (outTradeNo, amount) in [("NOT_OURS_1", "10.00"), (order.id, "0.01")] {
                    let orderString = try AlipayTradeAppApi(client: signer).pay(
                        AlipayTradeAppPayModel(outTradeNo: outTradeNo, subject: "x", totalAmount: amount),
                        notifyURL: notifyURL)
                    _ = try await gateway.acceptOrderString(orderString)
                    _ = try await gateway.pay(outTradeNo: outTradeNo)
                }
                let log = try await gateway.notificationDeliveries(count: 4, timeout: .seconds(10))
                for outTradeNo in ["NOT_OURS_1", order.id] {
                    let attempts = log.filter { $0.fields["out_trade_no"] == outTradeNo }
                    #expect(attempts.count >= 2, "retried after failure")
                    #expect(attempts.allSatisfy { $0.answer == "failure" }, "\(attempts)")
                }
                #expect(try await Self.order(client, order.id).status == .pending)

                // A body changed after signing.
                let genuine = try #require(log.first { $0.fields["out_trade_no"] == order.id }).formBody
                let forged = genuine.replacingOccurrences(of: "total_amount=0.01", with: "total_amount=10.00")
                #expect(forged != genuine)
                let answer = try await client.execute(
                    uri: "/alipay/notify", method: .post, headers: Self.form, body: ByteBuffer(string: forged))
                #expect(String(buffer: answer.body) == "failure")
                #expect(try await Self.order(client, order.id).status == .pending)
            }
        }
    }

    @Test("WAP pay redirects to the gateway's cashier; the app-pay order string is accepted by it")
    func wapAndAppPay() async throws {
        try await Self.withGateway { gateway, settings in
            let app = try CheckoutApplication.make(settings: settings)
            try await app.test(.live) { client in
                let wapOrder = try await Self.newOrder(client, subject: "Phone", amount: "1")
                let redirect = try await client.execute(uri: "/orders/\(wapOrder.id)/wap", method: .get)
                #expect(redirect.status == .found)
                let location = try #require(redirect.headers[.location])
                #expect(location.hasPrefix(gateway.gatewayURL.absoluteString + "?"))
                let (cashier, answer) = try await URLSession.shared.data(from: try #require(URL(string: location)))
                #expect((answer as? HTTPURLResponse)?.statusCode == 200)
                #expect(
                    String(decoding: cashier, as: UTF8.self).contains(#"<dd id="trade_status">WAIT_BUYER_PAY</dd>"#))

                let appOrder = try await Self.newOrder(client, subject: "App", amount: "2.50")
                let orderString = try await client.execute(uri: "/orders/\(appOrder.id)/app-pay", method: .get)
                #expect(orderString.headers[.contentType] == "text/plain; charset=utf-8")
                let accepted = try await gateway.acceptOrderString(String(buffer: orderString.body))
                #expect(accepted.method == "alipay.trade.app.pay")
                let biz = try JSONDecoder().decode([String: String].self, from: Data((accepted.bizContent ?? "").utf8))
                #expect(biz["out_trade_no"] == appOrder.id && biz["total_amount"] == "2.50")
                #expect(await gateway.v2Rejections.isEmpty)
            }
        }
    }

    @Test("requests the shop refuses: a bad amount 400, an unknown order 404, a refund of an unpaid order 409")
    func refusedRequests() async throws {
        try await Self.withGateway { _, settings in
            let app = try CheckoutApplication.make(settings: settings)
            try await app.test(.live) { client in
                let badAmount = try await client.execute(
                    uri: "/orders", method: .post, headers: Self.form,
                    body: ByteBuffer(string: "subject=Tea&amount=1.234"))
                #expect(badAmount.status == .badRequest)
                let unknown = try await client.execute(uri: "/orders/NO_SUCH_ORDER", method: .get)
                #expect(unknown.status == .notFound)
                #expect(String(buffer: unknown.body).contains("no order NO_SUCH_ORDER"))
                let order = try await Self.newOrder(client, subject: "Tea", amount: "1")
                let refund = try await client.execute(
                    uri: "/orders/\(order.id)/refund", method: .post, headers: Self.form, body: ByteBuffer())
                #expect(refund.status == .conflict)
                #expect(try await Self.order(client, order.id).status == .pending)
            }
        }
    }
}
