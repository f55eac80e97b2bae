import AlipayTrade
import CheckoutCore
import Foundation
import Hummingbird
import NIOCore

/// The shop: its routes over an order store, on a Hummingbird server.
///
/// - `POST /orders` (form `subject`, `amount`): a new order, as JSON.
/// - `GET /orders/{id}`: the order as the shop holds it.
/// - `GET /orders/{id}/checkout`: the page-pay form, `text/html`, that submits itself to Alipay.
/// - `GET /orders/{id}/wap`: a redirect to Alipay's mobile cashier.
/// - `GET /orders/{id}/app-pay`: the order string for the Alipay SDK in a mobile app, `text/plain`.
/// - `GET /orders/{id}/return`: where the browser comes back after paying.
/// - `POST /alipay/notify`: Alipay's notifications, answered `success` or `failure`.
/// - `GET /orders/{id}/alipay`: the trade as Alipay holds it (query).
/// - `POST /orders/{id}/refund` (form `amount`, default all of it; `request_no`): a refund.
public enum CheckoutApplication {
    /// The application for `settings`, with its order store; it listens on `settings.host`/`port`.
    public static func make(settings: CheckoutSettings, orders: OrderStore = OrderStore()) throws
        -> some ApplicationProtocol
    {
        let shop = Shop(checkout: AlipayCheckout(client: try AlipayClient(config: settings.alipay)), orders: orders)
        let address = PublicAddress(configured: settings.publicBaseURL)
        let router = Router()
        CheckoutRoutes(shop: shop, address: address).add(to: router)
        return Application(
            router: router,
            configuration: .init(address: .hostname(settings.host, port: settings.port)),
            onServerRunning: { channel in
                await address.listening(on: channel.localAddress)
            })
    }
}

/// Where Alipay and browsers reach the app: `PUBLIC_BASE_URL`, else the address it listens on.
actor PublicAddress {
    private var url: URL?

    init(configured: URL?) {
        url = configured
    }

    /// Called once the server listens: without `PUBLIC_BASE_URL`, the base URL is that address.
    func listening(on local: SocketAddress?) {
        guard url == nil, let local, let ip = local.ipAddress, let port = local.port else { return }
        url = URL(string: "http://\(local.protocol == .inet6 ? "[\(ip)]" : ip):\(port)")
    }

    /// The base URL, without a trailing `/`.
    func baseURL() -> String {
        (url?.absoluteString ?? "http://127.0.0.1:8080").trimmingSuffix("/")
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
