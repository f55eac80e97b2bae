import Foundation
import Testing

@testable import AlipayRuntime

@Suite("Key loading")
struct KeyLoadingTests {
    static let privateForms = [
        "app_private_pkcs1.pem", "app_private_pkcs8.pem", "app_private_pkcs1.b64", "app_private_pkcs8.b64",
    ]

    @Test("private keys load in every form and sign identically", arguments: privateForms)
    func privateKeyForms(_ name: String) throws {
        let key = try RSAKeyParser.privateKey(Fixtures.text(name), field: "privateKey")
        #expect(key.keySizeInBits == 2048)
        let expected = Fixtures.text("sign_vector.sig.b64").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try RSASignature.sign(Fixtures.text("sign_vector.txt"), with: key) == expected)
    }

    @Test("private key PEM with CRLF, one long line, or surrounding blanks")
    func privateKeyPEMVariants() throws {
        let pem = Fixtures.text("app_private_pkcs8.pem")
        let body = Fixtures.text("app_private_pkcs8.b64")
        let variants = [
            pem.replacingOccurrences(of: "\n", with: "\r\n"),
            "-----BEGIN PRIVATE KEY-----\n\(body)\n-----END PRIVATE KEY-----",
            "\n\n  \(pem)  \n",
        ]
        for variant in variants {
            #expect(try RSAKeyParser.privateKey(variant, field: "privateKey").keySizeInBits == 2048)
        }
    }

    @Test("public keys load as SPKI PEM (any line length) and bare base64")
    func publicKeyForms() throws {
        let base64 = Fixtures.text("app_public.b64")
        let wrapped76 = stride(from: 0, to: base64.count, by: 76).map { offset in
            let start = base64.index(base64.startIndex, offsetBy: offset)
            return String(
                base64[start..<(base64.index(start, offsetBy: 76, limitedBy: base64.endIndex) ?? base64.endIndex)])
        }
        let pem76 = "-----BEGIN PUBLIC KEY-----\n" + wrapped76.joined(separator: "\n") + "\n-----END PUBLIC KEY-----\n"
        let keys = try [Fixtures.text("app_public.pem"), base64, pem76].map {
            try RSAKeyParser.publicKey($0, field: "alipayPublicKey")
        }
        #expect(Set(keys.map(\.derRepresentation)).count == 1)
    }

    @Test(
        "a public key where the private key belongs is refused with a clear message",
        arguments: ["app_public.pem", "app_public.b64"])
    func publicWherePrivateBelongs(_ name: String) {
        let error = #expect(throws: AlipayError.self) {
            try RSAKeyParser.privateKey(Fixtures.text(name), field: "privateKey")
        }
        #expect(error?.description.contains("the private key looks like a public key") == true)
    }

    @Test(
        "a private key where a public key belongs is refused with a clear message",
        arguments: ["app_private_pkcs1.pem", "app_private_pkcs8.b64"])
    func privateWherePublicBelongs(_ name: String) {
        let error = #expect(throws: AlipayError.self) {
            try RSAKeyParser.publicKey(Fixtures.text(name), field: "alipayPublicKey")
        }
        #expect(error?.description.contains("the public key looks like a private key") == true)
    }

    @Test("garbage, certificates and empty text are refused")
    func otherMistakes() {
        let cases: [(String, String)] = [
            ("not a key at all!", "neither PEM nor base64"),
            ("", "is empty"),
            (Fixtures.text("appCertPublicKey.crt"), "holds a certificate"),
            ("AAAA", "not an RSA private key"),
        ]
        for (text, message) in cases {
            let error = #expect(throws: AlipayError.self) { try RSAKeyParser.privateKey(text, field: "privateKey") }
            #expect(error?.description.contains(message) == true, "\(String(describing: error))")
        }
    }

    @Test("the client refuses the app's own public key as Alipay's")
    func appPublicKeyAsAlipayKey() {
        let config = AlipayConfig(
            appId: Fixtures.appId, privateKey: Fixtures.appPrivateKey, alipayPublicKey: Fixtures.appPublicKey)
        let error = #expect(throws: AlipayError.self) { try AlipayClient(config: config) }
        #expect(error?.description.contains("the app's own public key") == true)
    }

    @Test("the client refuses an app certificate that does not belong to the private key")
    func certificateOfAnotherKey() throws {
        let config = AlipayConfig(
            appId: Fixtures.appId, privateKey: Fixtures.alipayPrivateKey, certificates: try Fixtures.certificates())
        let error = #expect(throws: AlipayError.self) { try AlipayClient(config: config) }
        #expect(error?.description.contains("does not belong to privateKey") == true)
    }

    @Test("other configuration mistakes are caught in init")
    func configurationMistakes() {
        var v2Gateway = Fixtures.keyModeConfig()
        v2Gateway.serverURL = URL(string: "https://openapi.alipay.com/gateway.do")!
        var badAES = Fixtures.keyModeConfig()
        badAES.encryptKey = Data(repeating: 1, count: 10).base64EncodedString()
        var noAppId = Fixtures.keyModeConfig()
        noAppId.appId = ""
        let cases: [(AlipayConfig, String)] = [
            (v2Gateway, "gateway.do"), (badAES, "decodes to 10 bytes"), (noAppId, "appId is empty"),
        ]
        for (config, message) in cases {
            let error = #expect(throws: AlipayError.self) { try AlipayClient(config: config) }
            #expect(error?.description.contains(message) == true, "\(String(describing: error))")
        }
    }

    @Test("damaged and foreign key bytes are refused without crashing")
    func damagedKeyBytes() throws {
        let spki = try #require(Data(base64Encoded: Fixtures.text("app_public.b64")))
        let pkcs8 = try #require(Data(base64Encoded: Fixtures.text("app_private_pkcs8.b64")))
        var inputs: [Data] = [Data(), Data([0x30, 0x00]), Data([0x30, 0x03, 0x02, 0x01, 0x01])]
        for length in stride(from: 1, to: spki.count, by: 7) { inputs.append(spki.prefix(length)) }
        for length in stride(from: 1, to: pkcs8.count, by: 97) { inputs.append(pkcs8.prefix(length)) }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 { inputs.append(Data((0..<64).map { _ in UInt8.random(in: 0...255, using: &generator) })) }
        for input in inputs {
            #expect(throws: AlipayError.self) { try RSAKeyParser.publicKey(der: input, field: "alipayPublicKey") }
            #expect(throws: AlipayError.self) {
                try RSAKeyParser.privateKey(input.base64EncodedString(), field: "privateKey")
            }
        }
    }

    @Test("a certificate with an EC key is refused as not RSA")
    func ecCertificate() throws {
        let root = Fixtures.text("alipayRootCert.crt")
        let ecRoot = String(root[..<root.range(of: "-----END CERTIFICATE-----")!.upperBound])
        let error = #expect(throws: AlipayError.self) {
            try AlipayCertificates(appCertificate: ecRoot, alipayPublicCertificate: ecRoot, alipayRootCertificate: root)
        }
        #expect(error?.description.contains("the key is not RSA (algorithm 1.2.840.10045.2.1)") == true)
    }
}
