import AlipaySDK
import AlipayTestGateway
import Foundation

/// The test keys under Tests/Fixtures/Keys and a gateway that knows them.
enum Keys {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Keys")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func text(_ name: String) -> String {
        // A missing fixture is a broken checkout; failing loudly is right.
        try! String(contentsOfFile: path(name), encoding: .utf8)
    }

    static let appId = "2021000000000001"
    static var appPrivateKey: String { text("app_private_pkcs1.pem") }
    static var appPrivateKeyBase64: String { text("app_private_pkcs8.b64") }
    static var appPublicKey: String { text("app_public.pem") }
    static var alipayPrivateKey: String { text("alipay_private_pkcs8.pem") }
    static var alipayPublicKey: String { text("alipay_public.b64") }
    static var aesKey: String { text("aes_key.b64").trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// Starts a key-mode gateway, runs `body` with it, and stops it whatever happens.
func withKeyModeGateway(encrypt: Bool = false, _ body: (AlipayTestGateway) async throws -> Void) async throws {
    let gateway = try await AlipayTestGateway.start(
        .init(
            appId: Keys.appId, appPublicKey: Keys.appPublicKey, alipayPrivateKey: Keys.alipayPrivateKey,
            encryptKey: encrypt ? Keys.aesKey : nil))
    do {
        try await body(gateway)
    } catch {
        await gateway.stop()
        throw error
    }
    await gateway.stop()
}

/// A client for `gateway` in key mode.
func keyModeClient(for gateway: AlipayTestGateway, encrypt: Bool = false) throws -> AlipayClient {
    var config = AlipayConfig(appId: Keys.appId, privateKey: Keys.appPrivateKey, alipayPublicKey: Keys.alipayPublicKey)
    config.serverURL = gateway.baseURL
    config.timeout = .seconds(10)
    if encrypt {
        config.encryptKey = Keys.aesKey
    }
    return try AlipayClient(config: config)
}
