import Foundation
import Testing

@testable import AlipayRuntime

@Suite("Certificate SNs")
struct CertificateSNTests {
    static let fixtureRootSN = "7bc7049002739a8c5cab4a23a6192adc_42f1cbf9d1bea42d3d2308c8f0ccebe4"
    static let realRootSN = "687b59193f3f462dd5336e5abf83c5d8_02941eef3187dddf3d3b83462e1dfcf6"

    static func summaries(_ pem: String) throws -> [CertificateSummary] {
        try #require(PEMBlock.blocks(in: pem)).map { try CertificateSummary(der: $0.der) }
    }

    @Test("the generated certificates give the SNs openssl gives")
    func generatedCertificates() throws {
        let certificates = try Fixtures.certificates()
        #expect(certificates.appCertificateSerialNumber == "7dd790353638d53b3c0239e344b84fb3")
        #expect(certificates.alipayCertificateSerialNumber == "deb2a078d6eea44d8556ca1227b54ea5")
        #expect(certificates.alipayRootCertificateSerialNumber == Self.fixtureRootSN)
        #expect(certificates.alipayPublicKeyDER == Data(base64Encoded: Fixtures.text("alipay_public.b64")))
        #expect(certificates.appPublicKeyDER == Data(base64Encoded: Fixtures.text("app_public.b64")))
    }

    @Test("the EC root of the bundle is read but left out of the root SN")
    func ecRootSkipped() throws {
        let roots = try Self.summaries(Fixtures.text("alipayRootCert.crt"))
        #expect(
            roots.map(\.signatureAlgorithm) == ["1.2.840.10045.4.3.3", "1.2.840.113549.1.1.11", "1.2.840.113549.1.1.5"])
        #expect(roots[0].alipaySN == "1dbfae1714858d397ae9aae23858f797")
        #expect(!roots[0].isSignedWithRSA)
        #expect(
            roots[0].issuer == "CN=Alipay Swift Test Root E1,OU=Test Certification Authority,O=Alipay Swift Test,C=CN")
        #expect(roots[2].serialNumber == "95789588285860272504103369553073565482337708598")
    }

    @Test("CRLF line endings and trailing blank lines change nothing")
    func crlf() throws {
        let crlf = Fixtures.text("alipayRootCert.crt").replacingOccurrences(of: "\n", with: "\r\n") + "\r\n\r\n"
        let certificates = try AlipayCertificates(
            appCertificate: Fixtures.text("appCertPublicKey.crt"),
            alipayPublicCertificate: Fixtures.text("alipayCertPublicKey_RSA2.crt"),
            alipayRootCertificate: crlf)
        #expect(certificates.alipayRootCertificateSerialNumber == Self.fixtureRootSN)
    }

    @Test("decimal serials of any width")
    func decimalSerials() {
        #expect(DecimalSerial.string(fromTwosComplement: [0]) == "0")
        #expect(DecimalSerial.string(fromTwosComplement: [0x00, 0xFF]) == "255")
        #expect(
            DecimalSerial.string(fromTwosComplement: [0x01] + [UInt8](repeating: 0, count: 8)) == "18446744073709551616"
        )
        #expect(DecimalSerial.string(fromTwosComplement: [0x3B, 0x9A, 0xCA, 0x00]) == "1000000000")
        #expect(DecimalSerial.string(fromTwosComplement: [0xFF]) == "-1")
        #expect(DecimalSerial.string(fromTwosComplement: [0x80]) == "-128")
    }

    @Test("bad certificate input is a configuration error")
    func badInput() {
        let cases = [
            ("no pem here", "contains no certificate"),
            ("-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----", "malformed"),
            ("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----", "unreadable"),
        ]
        for (text, message) in cases {
            let error = #expect(throws: AlipayError.self) {
                try AlipayCertificates(appCertificate: text, alipayPublicCertificate: text, alipayRootCertificate: text)
            }
            #expect(error?.description.contains(message) == true, "\(String(describing: error))")
        }
        let missing = #expect(throws: AlipayError.self) {
            try AlipayCertificates(
                appCertificatePath: "/nonexistent/a.crt", alipayPublicCertificatePath: "b",
                alipayRootCertificatePath: "c")
        }
        #expect(missing?.description.contains("cannot read /nonexistent/a.crt") == true)
    }
}

@Suite(
    "Certificate SNs of real Alipay certificates",
    .enabled(
        if: Fixtures.hasReferenceCertificates, "skipped: ../shared/reference/certs is not present next to the package")
)
struct ReferenceCertificateTests {
    @Test(
        "each file's first certificate has the published SN",
        arguments: [
            ("appCertPublicKey_2021001161683774.crt", "866efef280dec9137a87d047ac446315"),
            ("alipayCertPublicKey_RSA2.crt", "7513daaaa48aa3ba2e4018d84402479c"),
            ("appCertPublicKey_gopay_2019090366874103.crt", "4498aaa8ab0c8986c15c41b36186db7d"),
            ("appCertPublicKey_sandbox_9021000122682882.crt", "e90dd23a37c5c7b616e003970817ff82"),
            ("alipayCertPublicKey_RSA2_chain_gopay.crt", "04afd423ea5bd6f5c5482854ed73278c"),
        ])
    func leafSN(file: String, sn: String) throws {
        let first = try #require(try CertificateSNTests.summaries(Fixtures.referenceText(file)).first)
        #expect(first.alipaySN == sn)
    }

    @Test(
        "root bundles give the published root SN",
        arguments: [
            ("alipayRootCert.crt", CertificateSNTests.realRootSN),
            ("alipayRootCert_crlf.crt", CertificateSNTests.realRootSN),
            ("alipayRootCert_sandbox.crt", "6bc29aa3b4d406c43483ffea81e08d22"),
        ])
    func rootSN(file: String, sn: String) throws {
        let certificates = try AlipayCertificates(
            appCertificatePath: Fixtures.referencePath("appCertPublicKey_2021001161683774.crt"),
            alipayPublicCertificatePath: Fixtures.referencePath("alipayCertPublicKey_RSA2.crt"),
            alipayRootCertificatePath: Fixtures.referencePath(file))
        #expect(certificates.alipayRootCertificateSerialNumber == sn)
        #expect(certificates.appCertificateSerialNumber == "866efef280dec9137a87d047ac446315")
        #expect(certificates.alipayCertificateSerialNumber == "7513daaaa48aa3ba2e4018d84402479c")
    }

    @Test("every certificate of the production root bundle, SM2 and ECDSA included")
    func productionBundle() throws {
        let roots = try CertificateSNTests.summaries(Fixtures.referenceText("alipayRootCert.crt"))
        #expect(
            roots.map(\.alipaySN) == [
                "9e64d67d36446de33aae13a33a89e5a7", "687b59193f3f462dd5336e5abf83c5d8",
                "8af620707e5ddd8c7e76747e86a604dc", "02941eef3187dddf3d3b83462e1dfcf6",
            ])
        #expect(roots.map(\.isSignedWithRSA) == [false, true, false, true])
        #expect(
            roots[1].issuer
                == "CN=Ant Financial Certification Authority R1,OU=Certification Authority,O=Ant Financial,C=CN")
        #expect(roots[3].serialNumber == "95790491425698859646659490580052089075020051350")
    }

    @Test("Alipay's public key comes from its certificate")
    func alipayPublicKey() throws {
        let certificates = try AlipayCertificates(
            appCertificatePath: Fixtures.referencePath("appCertPublicKey_2021001161683774.crt"),
            alipayPublicCertificatePath: Fixtures.referencePath("alipayCertPublicKey_RSA2.crt"),
            alipayRootCertificatePath: Fixtures.referencePath("alipayRootCert.crt"))
        let expected =
            "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAhoVesfcGvUv1XvUndmX0rmSZ/2posJBCooySbSVFpV79RtHMzrVz2aKkC3WvOXeT5iNeQK4mK8gp3vNkWrHTkQGx5BcmkeO1WS384CQde7dAS0gmxeFs5bs+cCQqV2A2c2R9/5rJMtFtp1Ot/rIiMBUn6Ei0UoztM7AneavqQEzSwYlCKNhPFFtHCiz7u4O5R9CIyvUmYr+zpem2HXBN9ygPAZ0aXBQipGbc45+G07ZCNsmY4hV/Igya1aBf+Ye8p10Ew8uBBri0sIknhSC2LqKKy2IH1fO6q1d1jhN240QRHvbpRNv60kAfZsEulBASBrCMBi49NiJyr5nre7SNywIDAQAB"
        #expect(certificates.alipayPublicKeyDER.base64EncodedString() == expected)
    }
}
