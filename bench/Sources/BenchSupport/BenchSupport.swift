import AlipayRuntime
import AlipayTestGateway
import Foundation

// What the benchmarks share: the test keys, the zmgo sync operation's model, and the gateway that answers it.

/// Tests/Fixtures/Keys of the root package.
public let keysDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Tests/Fixtures/Keys")

/// The text of a file in Tests/Fixtures/Keys.
public func fixture(_ name: String) throws -> String {
    try String(contentsOf: keysDirectory.appendingPathComponent(name), encoding: .utf8)
}

/// The app that the test keys belong to.
public let appId = "2021000000000001"

/// The operation every call of the benchmarks makes.
public let syncPath = "/v3/zhima/credit/pe/zmgo/cumulation/sync"

/// The request body of `syncPath`.
public struct SyncModel: Codable, Sendable {
    public var agreementNo = "20195108518085620000"
    public var bizAction = "ORDER_PAID"
    public var bizTime = "2019-03-08 19:51:35"
    public var outBizNo = "2020081211223006150094012926289"
    public var userId = "2088602002015001"

    public init() {}

    enum CodingKeys: String, CodingKey {
        case agreementNo = "agreement_no"
        case bizAction = "biz_action"
        case bizTime = "biz_time"
        case outBizNo = "out_biz_no"
        case userId = "user_id"
    }
}

/// The answer of `syncPath`.
public struct SyncResponse: Codable, Sendable {
    public var agreementNo: String?
    enum CodingKeys: String, CodingKey { case agreementNo = "agreement_no" }
}

/// A call of `syncPath`, with one query item.
public func syncRequest() -> AlipayRequest {
    AlipayRequest(
        method: .post, path: syncPath, queryItems: [AlipayQueryItem(name: "trace", value: "a b")],
        body: .json(SyncModel()))
}

/// The client configuration of the test keys (key mode).
public func benchConfig() throws -> AlipayConfig {
    AlipayConfig(
        appId: appId, privateKey: try fixture("app_private_pkcs8.pem"),
        alipayPublicKey: try fixture("alipay_public.b64"))
}

/// Starts `AlipayTestGateway` in key mode with the test keys, answering `syncPath` with the request's agreement.
public func startBenchGateway() async throws -> AlipayTestGateway {
    let gateway = try await AlipayTestGateway.start(
        .init(
            appId: appId, appPublicKey: try fixture("app_public.pem"),
            alipayPrivateKey: try fixture("alipay_private_pkcs8.pem")))
    await gateway.route(.post, syncPath) { request in
        .json(["agreement_no": (try request.decode([String: String].self))["agreement_no"] ?? ""])
    }
    return gateway
}
