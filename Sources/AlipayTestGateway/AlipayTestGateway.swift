import AlipayRuntime
import FlyingFox
import Foundation

/// A local stand-in for Alipay's v3 gateway and its v2 `gateway.do`, for tests: it checks every request
/// as Alipay does and answers with signed (and, when asked, encrypted) responses.
///
/// Checks: the `Authorization` format and signature (app public key, or the app certificate's key),
/// `app_id`, a ±5 minute timestamp window, nonce reuse, `alipay-request-id`, in certificate mode
/// `app_cert_sn` and `alipay-root-cert-sn`, AES decryption, and multipart forms (only `data` signed).
/// Rejections answer like Alipay: `{"code":"invalid-signature","message":…}` with 400 or 401.
///
/// Built in, over the trades `gateway.do` keeps: `POST /v3/alipay/trade/` `precreate`, `create`, `pay`,
/// `query`, `refund`, `fastpay/refund/query`, `close` and `cancel`; a route for one of these paths
/// replaces the built-in answer.
///
/// ```swift
/// let gateway = try await AlipayTestGateway.start(.init(appId: appId, appPublicKey: appPublicKey,
///                                                        alipayPrivateKey: alipayPrivateKey))
/// await gateway.route(.post, "/v3/zhima/credit/pe/zmgo/cumulation/sync") { request in
///     .json(["agreement_no": "20195108518085620000"])
/// }
/// config.serverURL = gateway.baseURL
/// …
/// await gateway.stop()
/// ```
/// Faults for testing failure handling are set per response (`Response.with(_:)`) or for every
/// response (`setFaults(_:)`).
public final class AlipayTestGateway: Sendable {
    /// `http://127.0.0.1:<port>`; use it as `AlipayConfig.serverURL`.
    public let baseURL: URL
    /// The configuration the gateway runs with.
    public let configuration: Configuration
    private let server: HTTPServer
    private let serverTask: Task<Void, any Error>
    let engine: GatewayEngine
    let state: GatewayState
    let v2State: V2GatewayState

    private init(
        baseURL: URL, configuration: Configuration, server: HTTPServer, serverTask: Task<Void, any Error>,
        engine: GatewayEngine, state: GatewayState, v2State: V2GatewayState
    ) {
        self.baseURL = baseURL
        self.configuration = configuration
        self.server = server
        self.serverTask = serverTask
        self.engine = engine
        self.state = state
        self.v2State = v2State
    }

    /// Starts a gateway on `configuration.host`, on a free port unless one is configured.
    public static func start(_ configuration: Configuration) async throws -> AlipayTestGateway {
        let engine = try GatewayEngine(configuration: configuration)
        let state = GatewayState(
            timestampTolerance: configuration.timestampTolerance, identity: engine.identity,
            certificates: engine.certificates)
        let v2State = V2GatewayState(
            appId: configuration.appId, signer: state,
            courier: NotificationCourier(policy: configuration.notificationPolicy))
        for route in V3TradeRoutes(trades: v2State).routes {
            await state.addRoute(route)
        }
        let server = HTTPServer(
            address: try sockaddr_in.inet(ip4: configuration.host, port: configuration.port),
            timeout: 60,
            pool: NoDelaySocketPool(base: HTTPServer.defaultPool()),
            logger: .disabled,
            handler: GatewayHTTPHandler(engine: engine, state: state, v2State: v2State)
        )
        let task = Task { try await server.run() }
        do {
            try await server.waitUntilListening(timeout: 5)
        } catch {
            task.cancel()
            await v2State.courier.stop()
            throw error
        }
        guard case .ip4(_, let port) = await server.listeningAddress,
            let url = URL(string: "http://\(configuration.host):\(port)")
        else {
            await server.stop()
            task.cancel()
            await v2State.courier.stop()
            throw GatewayStartError()
        }
        return AlipayTestGateway(
            baseURL: url, configuration: configuration, server: server, serverTask: task, engine: engine,
            state: state, v2State: v2State)
    }

    /// Answers `method path` with `handler`. Path segments written `{name}` match any one segment and
    /// are handed to the handler in `Request.pathParameters`. A later route for the same method and
    /// path replaces the earlier one.
    public func route(
        _ method: AlipayHTTPMethod,
        _ path: String,
        handler: @escaping @Sendable (Request) async throws -> Response
    ) async {
        await state.addRoute(GatewayRoute(method: method, pattern: path, handler: handler))
    }

    /// Applies `faults` to every response from now on (in addition to each response's own); `[]` clears them.
    public func setFaults(_ faults: [Fault]) async {
        await state.setFaults(faults)
    }

    /// Certificate mode: from now on signs v2 and v3 answers with this Alipay certificate (PEM: leaf
    /// first, maybe intermediates) and its private key, as Alipay does when it rotates. The SN of the
    /// first certificate goes in `alipay_cert_sn` (v2) and `alipay-sn` (v3), and v2
    /// `alipay.open.app.alipaycert.download` serves the PEM text.
    /// - Throws: `AlipayError.invalidConfiguration` in key mode, for unreadable PEM, or when the key
    ///   is not the certificate's.
    public func rotateAlipayCertificate(certificatePEM: String, privateKey: String) async throws {
        guard configuration.certificates != nil else {
            throw AlipayError.invalidConfiguration(reason: "rotateAlipayCertificate needs certificate mode")
        }
        let pem = try AlipayCertificatePEM(certificatePEM, field: "certificatePEM")
        let identity = try pem.identity(privateKey: privateKey, field: "privateKey")
        await state.rotate(to: identity, certificatePEM: certificatePEM)
    }

    /// The requests that passed every check, in arrival order.
    public var receivedRequests: [Request] {
        get async { await state.received }
    }

    /// The requests that were rejected, in arrival order.
    public var rejections: [Rejection] {
        get async { await state.rejected }
    }

    /// Stops listening and closes connections; answers still in progress (delayed ones) are cancelled,
    /// and so are notification deliveries: none is attempted once `stop()` has returned.
    public func stop() async {
        await v2State.courier.stop()
        await server.stop(timeout: 0.25)
        serverTask.cancel()
    }
}

/// The gateway could not find the port it listens on.
struct GatewayStartError: Error, CustomStringConvertible {
    var description: String { "the test gateway did not start listening on an IPv4 address" }
}
