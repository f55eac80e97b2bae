import AlipayRuntime
import Foundation

/// Which part of the runtime the inputs go to, chosen with `RUNTIME_FUZZ_TARGET`.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// v2 gateway answers: the envelope, its agreement with Foundation's JSON reader, and the reader.
    case response
    /// Notification form bodies: the form parser, its round trip through form encoding, and verification.
    case notification

    /// `RUNTIME_FUZZ_TARGET`, `response` when unset; the process ends for an unknown name.
    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["RUNTIME_FUZZ_TARGET"] ?? FuzzTarget.response.rawValue
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("RUNTIME_FUZZ_TARGET is \(name); expected one of: \(names)\n".utf8))
            exit(2)
        }
        return target
    }()

    /// Runs one input through this target.
    func run(_ bytes: UnsafeRawBufferPointer) {
        switch self {
        case .response: fuzzResponse(Data(bytes))
        case .notification: fuzzNotification(bytes)
        }
    }
}

/// Clients over the test keys (Tests/Fixtures/Keys), all with the test AES key: one in key mode, one in
/// certificate mode, and a reader without any key for reading answers unverified.
struct FuzzClients: Sendable {
    let keyMode: AlipayClient
    let certificateMode: AlipayClient
    let unverifiedReader: V2ResponseReader

    static let shared: FuzzClients = {
        do {
            return try FuzzClients()
        } catch {
            FileHandle.standardError.write(Data("cannot set up the clients: \(error)\n".utf8))
            exit(2)
        }
    }()

    private init() throws {
        let keys = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tests/Fixtures/Keys")
        func fixture(_ name: String) throws -> String {
            try String(contentsOf: keys.appendingPathComponent(name), encoding: .utf8)
        }
        let appId = "2021000000000001"
        let privateKey = try fixture("app_private_pkcs8.pem")
        let encryptKey = try fixture("aes_key.b64").trimmingCharacters(in: .whitespacesAndNewlines)

        var keyConfig = AlipayConfig(
            appId: appId, privateKey: privateKey, alipayPublicKey: try fixture("alipay_public.b64"))
        keyConfig.encryptKey = encryptKey
        keyMode = try AlipayClient(config: keyConfig, transport: NoTransport())

        let certificates = try AlipayCertificates(
            appCertificate: try fixture("appCertPublicKey.crt"),
            alipayPublicCertificate: try fixture("alipayCertPublicKey_RSA2.crt"),
            alipayRootCertificate: try fixture("alipayRootCert.crt"))
        var certificateConfig = AlipayConfig(appId: appId, privateKey: privateKey, certificates: certificates)
        certificateConfig.encryptKey = encryptKey
        certificateMode = try AlipayClient(config: certificateConfig, transport: NoTransport())

        unverifiedReader = V2ResponseReader(
            alipayKey: nil, keyring: nil, cipher: try AlipayContentCipher(base64Key: encryptKey))
    }
}

/// Nothing here goes on the network: every request fails.
private struct NoTransport: HTTPTransport {
    func send(_ request: AlipayHTTPRequest, timeout: Duration) async throws -> AlipayHTTPResponse {
        throw CancellationError()
    }
}

/// Bytes as lower-case hex, for messages that must show an input exactly.
func hex(_ bytes: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    for byte in bytes {
        text.append(digits[Int(byte >> 4)])
        text.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
}
