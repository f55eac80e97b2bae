import AlipayAsyncHTTPClient
import AlipayRuntime
import AlipayTestGateway
import Foundation
import Logging
import Testing

/// Test keys and certificates from Tests/Fixtures/Keys, found from this file's path.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // AlipayRuntimeTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let keysDirectory = packageRoot.appendingPathComponent("Tests/Fixtures/Keys")

    /// The real Alipay certificates shared next to the repository, when present.
    static let referenceCertificates = packageRoot.appendingPathComponent("../shared/reference/certs").standardized

    static var hasReferenceCertificates: Bool {
        FileManager.default.fileExists(atPath: referenceCertificates.appendingPathComponent("alipayRootCert.crt").path)
    }

    static func path(_ name: String) -> String {
        keysDirectory.appendingPathComponent(name).path
    }

    static func text(_ name: String) -> String {
        // A missing fixture is a broken checkout; failing loudly is right.
        try! String(contentsOfFile: path(name), encoding: .utf8)
    }

    static func referencePath(_ name: String) -> String {
        referenceCertificates.appendingPathComponent(name).path
    }

    static func referenceText(_ name: String) -> String {
        try! String(contentsOfFile: referencePath(name), encoding: .utf8)
    }

    static let appId = "2021000000000001"
    static var appPrivateKey: String { text("app_private_pkcs1.pem") }
    static var appPublicKey: String { text("app_public.pem") }
    static var alipayPrivateKey: String { text("alipay_private_pkcs8.pem") }
    static var alipayPublicKey: String { text("alipay_public.b64") }
    static var aesKey: String { text("aes_key.b64").trimmingCharacters(in: .whitespacesAndNewlines) }

    static func certificates() throws -> AlipayCertificates {
        try AlipayCertificates(
            appCertificatePath: path("appCertPublicKey.crt"),
            alipayPublicCertificatePath: path("alipayCertPublicKey_RSA2.crt"),
            alipayRootCertificatePath: path("alipayRootCert.crt"))
    }

    static func keyModeConfig(encrypt: Bool = false) -> AlipayConfig {
        var config = AlipayConfig(appId: appId, privateKey: appPrivateKey, alipayPublicKey: alipayPublicKey)
        if encrypt { config.encryptKey = aesKey }
        return config
    }

    static func certModeConfig(encrypt: Bool = false) throws -> AlipayConfig {
        var config = AlipayConfig(
            appId: appId, privateKey: text("app_private_pkcs8.b64"), certificates: try certificates())
        if encrypt { config.encryptKey = aesKey }
        return config
    }
}

/// How a test talks to the gateway.
enum GatewayMode {
    case key
    case certificate
}

/// The transport a test's client sends with; transport tests run with each.
enum TransportKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case urlSession
    case asyncHTTPClient

    func make() -> any HTTPTransport {
        switch self {
        case .urlSession: URLSessionTransport()
        case .asyncHTTPClient: AsyncHTTPClientTransport()
        }
    }

    var testDescription: String {
        switch self {
        case .urlSession: "URLSession"
        case .asyncHTTPClient: "AsyncHTTPClient"
        }
    }
}

/// Starts a gateway and a client pointed at it, runs `body`, and stops the gateway either way.
func withGateway(
    _ mode: GatewayMode = .key,
    encrypt: Bool = false,
    timeout: Duration = .seconds(5),
    transport: TransportKind = .urlSession,
    logger: Logger? = nil,
    _ body: (AlipayTestGateway, AlipayClient) async throws -> Void
) async throws {
    let encryptKey = encrypt ? Fixtures.aesKey : nil
    let gatewayConfiguration: AlipayTestGateway.Configuration
    var config: AlipayConfig
    switch mode {
    case .key:
        gatewayConfiguration = .init(
            appId: Fixtures.appId, appPublicKey: Fixtures.appPublicKey, alipayPrivateKey: Fixtures.alipayPrivateKey,
            encryptKey: encryptKey)
        config = Fixtures.keyModeConfig(encrypt: encrypt)
    case .certificate:
        gatewayConfiguration = .init(
            appId: Fixtures.appId, certificates: try Fixtures.certificates(),
            alipayPrivateKey: Fixtures.alipayPrivateKey, encryptKey: encryptKey)
        config = try Fixtures.certModeConfig(encrypt: encrypt)
    }
    let gateway = try await AlipayTestGateway.start(gatewayConfiguration)
    config.serverURL = gateway.baseURL
    config.timeout = timeout
    config.logger = logger
    do {
        let client = try AlipayClient(config: config, transport: transport.make())
        try await body(gateway, client)
    } catch {
        await gateway.stop()
        throw error
    }
    await gateway.stop()
}

/// The zmgo sync request and response, as the generated SDK models them.
struct SyncModel: Codable, Sendable, Equatable {
    var agreementNo: String?
    var bizAction: String?
    var userId: String?

    enum CodingKeys: String, CodingKey {
        case agreementNo = "agreement_no"
        case bizAction = "biz_action"
        case userId = "user_id"
    }
}

struct SyncResponse: Codable, Sendable, Equatable {
    var agreementNo: String?
    var failReason: String?

    enum CodingKeys: String, CodingKey {
        case agreementNo = "agreement_no"
        case failReason = "fail_reason"
    }
}

struct SyncErrorDetail: AlipayErrorDetail, Equatable {
    var code: String
    var message: String
    var links: String?
}

let syncPath = "/v3/zhima/credit/pe/zmgo/cumulation/sync"
