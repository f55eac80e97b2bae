import Foundation
import Testing

@testable import AlipayRuntime

@Suite("No secret in descriptions")
struct SecretRedactionTests {
    /// Every 12-character run of the private keys (both encodings) and the AES key.
    static let secretFragments: [String] = {
        let secrets = [
            Fixtures.text("app_private_pkcs1.b64"), Fixtures.text("app_private_pkcs8.b64"), Fixtures.aesKey,
        ]
        return secrets.flatMap { secret -> [String] in
            let characters = Array(secret)
            return stride(from: 0, to: characters.count - 12, by: 6).map { String(characters[$0..<($0 + 12)]) }
        }
    }()

    static func assertClean(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let leaked = secretFragments.first { text.contains($0) }
        #expect(leaked == nil, "a secret fragment appears in: \(text.prefix(300))", sourceLocation: sourceLocation)
    }

    @Test("config description, debug description and dump show no key")
    func config() throws {
        let config = try Fixtures.certModeConfig(encrypt: true)
        Self.assertClean(String(describing: config))
        Self.assertClean(String(reflecting: config))
        var dumped = ""
        dump(config, to: &dumped)
        Self.assertClean(dumped)
        #expect(dumped.contains("<redacted>"))
        var clientDump = ""
        dump(try AlipayClient(config: config), to: &clientDump)
        Self.assertClean(clientDump)
    }

    @Test("configuration errors never quote the key they reject")
    func configurationErrors() throws {
        let privatePEM = Fixtures.appPrivateKey
        let privateB64 = Fixtures.text("app_private_pkcs8.b64")
        let broken = String(privateB64.dropLast(7))
        var errors: [AlipayError] = []
        let attempts: [AlipayConfig] = [
            AlipayConfig(appId: "1", privateKey: broken, alipayPublicKey: Fixtures.alipayPublicKey),
            AlipayConfig(appId: "1", privateKey: privatePEM, alipayPublicKey: privateB64),
            AlipayConfig(appId: "1", privateKey: privatePEM, alipayPublicKey: privatePEM),
            AlipayConfig(appId: "1", privateKey: privatePEM + "garbage", alipayPublicKey: Fixtures.alipayPublicKey),
            AlipayConfig(
                appId: "1", privateKey: "-----BEGIN PRIVATE KEY-----\n\(broken)\n-----END PRIVATE KEY-----",
                alipayPublicKey: Fixtures.alipayPublicKey),
            {
                var config = Fixtures.keyModeConfig()
                config.encryptKey = Fixtures.aesKey + "x"
                return config
            }(),
        ]
        for config in attempts {
            do {
                _ = try AlipayClient(config: config)
            } catch {
                errors.append(error)
            }
        }
        #expect(errors.count >= 4)
        for error in errors {
            Self.assertClean(error.description)
            Self.assertClean(String(reflecting: error))
        }
    }

    @Test("errors from the wire never quote keys", arguments: TransportKind.allCases)
    func wireErrors(transport: TransportKind) async throws {
        try await withGateway(.certificate, encrypt: true, timeout: .seconds(10), transport: transport) {
            gateway, client in
            await gateway.route(.post, syncPath) { _ in
                .error(code: "INVALID_PARAMETER", message: "bad", links: .text("https://open.alipay.com/x"))
            }
            await gateway.route(.post, "/v3/tampered") { _ in .json(["a": "b"]).with(.tamperedBody) }
            await gateway.route(.post, "/v3/slow") { _ in .json(["a": "b"]).with(.delay(.seconds(3))) }
            for path in [syncPath, "/v3/tampered", "/v3/slow", "/v3/missing"] {
                do {
                    _ = try await client.execute(
                        method: .post, path: path, body: "{}",
                        options: AlipayRequestOptions(timeout: path == "/v3/slow" ? .seconds(1) : nil))
                    Issue.record("\(path) was accepted")
                } catch let error as AlipayError {
                    Self.assertClean(error.description)
                    Self.assertClean(String(reflecting: error))
                }
            }
        }
    }
}
