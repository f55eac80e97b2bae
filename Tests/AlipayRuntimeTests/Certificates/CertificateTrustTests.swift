import AlipayRuntime
import Foundation
import Testing

@Suite("Trust in a downloaded Alipay certificate")
struct CertificateTrustTests {
    static let currentSN = "c890e42282819d1bfa2111d40d0cb3a9"
    static let rotatedSN = "8b785ee591096ef66cd7dfbf94596e36"
    static let currentKey =
        "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2rKqt7tDKZzM8ys2wCx//0vL3PRaQHp8uIf7WPwAIIu63WFrR+BwCDk+Du2/wBNSVjhtgLTHmkSP6sO37hbA44Ub5EqviQPTzUxeDegvz1ATsGIFWz36w0NOEmb5XIqcERgNX+rixIfXmdSlMBbcuNhIwR+7fx03Rbqvvq0OTQ6BeCfNvrXysBxsrvGnPx8sYwPvoSwgOKQ7w1RhtwGfy5pggr03SCwD02YWPJr/p//lVXPKAWhuof2wDRCKh2un9ygpJsobSvXoGbPI5iEmu5Cyi50ibxTkhH0refGb8ctoGI4IZMNPJQRrWZahe127EKPGg6TcetoBRkg1R9fGZQIDAQAB"
    static let rotatedKey =
        "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtWEEDq0NcmuKtKxWNwNVVwu0wDMHM6LuKAcQcWrqpp5jTPVKRbrcY04uz8F/uN8lpKg8qIB11T7vty0V10dkLjt0qjKOaZFdO9+eNPzIAX3c2FV2JFoRLdIqQviPEOXGACIirvH5BV+WKx/jFIAEWEC9VV/wijTZ6XoeIva4uiyMnlcbCTUjjCG3t2VwnNSnTNlKKelFAkLzlFpClNJgumdL7YBFMM1wWygEdulfA1GI8GfW5UCmnDWQvGBLSmHWIDm7d9/KGn6bv+ROofGVvf8QwEZyHojjoV0W/qshTq8e1uQ+ds1DL57Me6X1c+CatxQE2MDTamQ6LKwXYDRu/wIDAQAB"

    static func trust() throws -> AlipayCertificateTrust {
        try AlipayCertificateTrust(rootBundlePEM: Fixtures.text("rotation/alipayRootCert.crt"))
    }

    static func date(_ text: String) -> Date {
        try! Date(text, strategy: .iso8601)
    }

    /// The reason `chain` is rejected for at `time`, or nil when it is accepted.
    static func rejection(_ chain: String, at time: Date = Date()) async -> String? {
        let error = await #expect(throws: CertificateTrustFailure.self) {
            try await trust().verify(certificateChainPEM: chain, at: time)
        }
        return error?.reason
    }

    static func pem(_ der: Data) -> String {
        "-----BEGIN CERTIFICATE-----\n" + der.base64EncodedString(options: .lineLength64Characters)
            + "\n-----END CERTIFICATE-----\n"
    }

    @Test(
        "the current and the rotated certificate are accepted with their SN and key",
        arguments: [
            ("rotation/alipayCert_current.crt", currentSN, currentKey),
            ("rotation/alipayCert_rotated.crt", rotatedSN, rotatedKey),
        ])
    func accepted(file: String, sn: String, key: String) async throws {
        let trusted = try await Self.trust().verify(certificateChainPEM: Fixtures.text(file), at: Date())
        #expect(trusted.sn == sn)
        #expect(trusted.publicKeyDER.base64EncodedString() == key)
    }

    @Test("an expired certificate is rejected today and accepted inside its validity")
    func expired() async throws {
        let chain = Fixtures.text("rotation/alipayCert_expired.crt")
        let reason = await Self.rejection(chain)
        #expect(reason == "the certificate expired on 2021-01-01")
        let trusted = try await Self.trust().verify(certificateChainPEM: chain, at: Self.date("2020-06-01T00:00:00Z"))
        #expect(trusted.sn == "76bf2afbdc435dd003f22d016e86d85b")
    }

    @Test("a certificate is rejected before its validity starts")
    func notYetValid() async throws {
        let reason = await Self.rejection(
            Fixtures.text("rotation/alipayCert_current.crt"), at: Self.date("2023-06-01T00:00:00Z"))
        #expect(reason == "the certificate is not valid before 2024-01-01")
    }

    @Test("a certificate under a root outside the bundle is rejected")
    func untrusted() async throws {
        let reason = await Self.rejection(Fixtures.text("rotation/alipayCert_untrusted.crt"))
        #expect(
            reason
                == "it does not chain to alipayRootCert.crt: its chain ends at CN=Alipay Swift Test Rogue Root,"
                + "OU=Test Certification Authority,O=Alipay Swift Test,C=CN, which is not a root there")
    }

    @Test("a certificate whose signature was altered is rejected")
    func alteredSignature() async throws {
        let blocks = try #require(PEMBlock.blocks(in: Fixtures.text("rotation/alipayCert_current.crt")))
        try #require(blocks.count == 2)
        var leaf = blocks[0].der
        leaf[leaf.count - 1] ^= 0x01  // the last byte of the signature BIT STRING
        let reason = await Self.rejection(Self.pem(leaf) + Self.pem(blocks[1].der))
        #expect(reason?.hasPrefix("it does not chain to alipayRootCert.crt: a signature on its way to") == true)
        #expect(reason?.contains("CN=Alipay Swift Test Root R2,") == true)
        #expect(reason?.hasSuffix("does not verify (altered, or issued by another key)") == true)
    }

    @Test("the leaf without its intermediate is rejected")
    func missingIntermediate() async throws {
        let blocks = try #require(PEMBlock.blocks(in: Fixtures.text("rotation/alipayCert_current.crt")))
        let reason = await Self.rejection(Self.pem(blocks[0].der))
        #expect(
            reason
                == "it does not chain to alipayRootCert.crt: its issuer CN=Alipay Swift Test Class 2 R2,"
                + "OU=Test Certification Authority,O=Alipay Swift Test,C=CN is not a root there and the PEM text "
                + "does not include it")
    }

    @Test(
        "a CA certificate is not taken as Alipay's signing certificate",
        arguments: ["rotation/class2_r2.crt", "rotation/root_r2.crt"])
    func caCertificate(file: String) async throws {
        let reason = await Self.rejection(Fixtures.text(file))
        #expect(reason == "it is a CA certificate, not a certificate Alipay signs with")
    }

    @Test("a certificate with an ECDSA key is rejected even though it chains")
    func ecdsaLeaf() async throws {
        let reason = await Self.rejection(Fixtures.text("rotation/alipayCert_ecdsa.crt"))
        #expect(reason?.hasPrefix("the certificate: the key is not RSA (algorithm 1.2.840.10045.2.1)") == true)
    }

    @Test(
        "garbage and empty PEM are rejected with a clear reason",
        arguments: [
            ("", "the PEM text holds no certificate"),
            ("not a certificate", "the PEM text holds no certificate"),
            (Fixtures.text("app_public.pem"), "the PEM text holds no certificate"),
            ("-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----", "the PEM text is malformed"),
            ("-----BEGIN CERTIFICATE-----\nMIIB", "the PEM text is malformed"),
        ])
    func garbage(text: String, expected: String) async throws {
        let reason = await Self.rejection(text)
        #expect(reason == expected)
    }

    @Test("a certificate that is not DER cannot be read")
    func notDER() async throws {
        let reason = await Self.rejection("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----")
        #expect(reason?.hasPrefix("the certificate cannot be read (") == true)
    }

    @Test("the failure reads as a sentence")
    func description() {
        let failure = CertificateTrustFailure(reason: "the certificate expired on 2022-05-14")
        #expect("\(failure)" == "The Alipay certificate is not trusted: the certificate expired on 2022-05-14.")
    }

    @Test(
        "a root bundle without a usable RSA root is a configuration error",
        arguments: [
            (Fixtures.text("rotation/root_e2.crt"), "holds no RSA root certificate that can be read"),
            ("", "holds no RSA root certificate that can be read"),
            ("-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----", "the PEM text is malformed"),
        ])
    func unusableBundle(bundle: String, expected: String) {
        let error = #expect(throws: AlipayError.self) {
            try AlipayCertificateTrust(rootBundlePEM: bundle)
        }
        guard case .invalidConfiguration(let reason) = error else {
            Issue.record("expected invalidConfiguration, got \(String(describing: error))")
            return
        }
        #expect(reason.hasPrefix("alipayRootCert.crt"))
        #expect(reason.contains(expected))
    }

    @Test("the ECDSA root first in the bundle does not keep the RSA root from being used")
    func ecdsaRootSkipped() async throws {
        let bundle = Fixtures.text("rotation/alipayRootCert.crt")
        #expect(bundle.hasPrefix(Fixtures.text("rotation/root_e2.crt")))
        let crlf = bundle.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n"
        let trust = try AlipayCertificateTrust(rootBundlePEM: crlf)
        let trusted = try await trust.verify(
            certificateChainPEM: Fixtures.text("rotation/alipayCert_current.crt"), at: Date())
        #expect(trusted.sn == Self.currentSN)
    }

    @Test("the app certificate, Alipay's certificate and the root bundle belong together")
    func certificateModeSet() async throws {
        let certificates = try AlipayCertificates(
            appCertificatePath: Fixtures.path("rotation/appCert.crt"),
            alipayPublicCertificatePath: Fixtures.path("rotation/alipayCert_current.crt"),
            alipayRootCertificatePath: Fixtures.path("rotation/alipayRootCert.crt"))
        #expect(certificates.appCertificateSerialNumber == "5daf241c3c6b200a08b5c4d28ba3f2b2")
        #expect(certificates.alipayCertificateSerialNumber == Self.currentSN)
        #expect(certificates.alipayRootCertificateSerialNumber == "24d66e36821be82d642a4a5133c2d843")
        #expect(certificates.appPublicKeyDER == Data(base64Encoded: Fixtures.text("app_public.b64")))
        #expect(certificates.alipayRootCertificatePEM == Fixtures.text("rotation/alipayRootCert.crt"))

        let trust = try AlipayCertificateTrust(rootBundlePEM: certificates.alipayRootCertificatePEM)
        let app = try await trust.verify(
            certificateChainPEM: Fixtures.text("rotation/appCert.crt") + Fixtures.text("rotation/class2_r2.crt"),
            at: Date())
        #expect(app.sn == certificates.appCertificateSerialNumber)
        #expect(app.publicKeyDER == certificates.appPublicKeyDER)
    }
}

@Suite(
    "Trust in real Alipay certificates",
    .enabled(
        if: Fixtures.hasReferenceCertificates, "skipped: ../shared/reference/certs is not present next to the package")
)
struct ReferenceCertificateTrustTests {
    static func trust(_ bundle: String = "alipayRootCert.crt") throws -> AlipayCertificateTrust {
        try AlipayCertificateTrust(rootBundlePEM: Fixtures.referenceText(bundle))
    }

    @Test(
        "the production bundle with its SM2 and ECDSA roots verifies a real chain inside its validity",
        arguments: ["alipayRootCert.crt", "alipayRootCert_crlf.crt"])
    func realChain(bundle: String) async throws {
        let chain = Fixtures.referenceText("alipayCertPublicKey_RSA2_chain_gopay.crt")
        // The leaf is valid from 2019-08-30 to 2021-08-29; its Class 2 R1 CA until 2037.
        let trusted = try await Self.trust(bundle).verify(
            certificateChainPEM: chain, at: CertificateTrustTests.date("2020-06-01T00:00:00Z"))
        #expect(trusted.sn == "04afd423ea5bd6f5c5482854ed73278c")
    }

    @Test("the same real chain is rejected today as expired")
    func realChainExpired() async throws {
        let error = await #expect(throws: CertificateTrustFailure.self) {
            try await Self.trust().verify(
                certificateChainPEM: Fixtures.referenceText("alipayCertPublicKey_RSA2_chain_gopay.crt"), at: Date())
        }
        #expect(error?.reason == "the certificate expired on 2021-08-29")
    }

    @Test("the sandbox bundle does not vouch for a production certificate")
    func sandboxBundle() async throws {
        let error = await #expect(throws: CertificateTrustFailure.self) {
            try await Self.trust("alipayRootCert_sandbox.crt").verify(
                certificateChainPEM: Fixtures.referenceText("alipayCertPublicKey_RSA2_chain_gopay.crt"),
                at: CertificateTrustTests.date("2020-06-01T00:00:00Z"))
        }
        #expect(error?.reason.hasPrefix("it does not chain to alipayRootCert.crt: its chain ends at") == true)
    }
}
