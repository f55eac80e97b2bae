import Foundation

/// The three certificates of Alipay's certificate mode, read and checked when created.
///
/// From them come `app_cert_sn` (signed into every request), `alipay-root-cert-sn` (sent with every
/// request) and Alipay's public key with its SN (to verify responses). Only public material is kept.
/// Expired certificates are accepted: SNs do not depend on validity dates.
public struct AlipayCertificates: Sendable, Hashable, CustomStringConvertible, CustomReflectable {
    /// The serial number (SN) of the app certificate (`appCertPublicKey_<appid>.crt`), sent as `app_cert_sn`.
    public let appCertificateSerialNumber: String
    /// The serial number of Alipay's certificate (`alipayCertPublicKey_RSA2.crt`), expected in `alipay-sn`.
    public let alipayCertificateSerialNumber: String
    /// The serial numbers of the RSA roots in `alipayRootCert.crt` joined by `_`, sent as
    /// `alipay-root-cert-sn`.
    public let alipayRootCertificateSerialNumber: String
    /// The app certificate's SubjectPublicKeyInfo (DER).
    package let appPublicKeyDER: Data
    /// Alipay's SubjectPublicKeyInfo (DER), from the first certificate of the Alipay certificate file.
    package let alipayPublicKeyDER: Data
    /// `alipayRootCert.crt` as given, to check the certificates Alipay hands out later.
    package let alipayRootCertificatePEM: String

    /// Reads the certificates from PEM texts.
    /// - Parameters:
    ///   - appCertificate: `appCertPublicKey_<appid>.crt`; its first certificate is the app's.
    ///   - alipayPublicCertificate: `alipayCertPublicKey_RSA2.crt`; its first certificate is Alipay's.
    ///   - alipayRootCertificate: `alipayRootCert.crt`, a bundle in which non-RSA roots are skipped.
    /// - Throws: `AlipayError.invalidConfiguration` naming the text that is malformed or holds no
    ///   usable certificate.
    public init(appCertificate: String, alipayPublicCertificate: String, alipayRootCertificate: String)
        throws(AlipayError)
    {
        let app = try Self.firstCertificate(appCertificate, field: "appCertificate")
        let alipay = try Self.firstCertificate(alipayPublicCertificate, field: "alipayPublicCertificate")
        _ = try RSAKeyParser.publicKey(der: app.subjectPublicKeyInfo, field: "appCertificate")
        _ = try RSAKeyParser.publicKey(der: alipay.subjectPublicKeyInfo, field: "alipayPublicCertificate")
        let roots = try Self.certificates(alipayRootCertificate, field: "alipayRootCertificate")
        let rsaRoots = roots.filter(\.isSignedWithRSA)
        guard !rsaRoots.isEmpty else {
            throw .invalidConfiguration(reason: "alipayRootCertificate contains no RSA root certificate")
        }
        appCertificateSerialNumber = app.alipaySN
        alipayCertificateSerialNumber = alipay.alipaySN
        alipayRootCertificateSerialNumber = rsaRoots.map(\.alipaySN).joined(separator: "_")
        appPublicKeyDER = app.subjectPublicKeyInfo
        alipayPublicKeyDER = alipay.subjectPublicKeyInfo
        alipayRootCertificatePEM = alipayRootCertificate
    }

    /// Reads the certificates from files (UTF-8 PEM).
    public init(appCertificatePath: String, alipayPublicCertificatePath: String, alipayRootCertificatePath: String)
        throws(AlipayError)
    {
        try self.init(
            appCertificate: Self.read(appCertificatePath, field: "appCertificatePath"),
            alipayPublicCertificate: Self.read(alipayPublicCertificatePath, field: "alipayPublicCertificatePath"),
            alipayRootCertificate: Self.read(alipayRootCertificatePath, field: "alipayRootCertificatePath")
        )
    }

    /// The three serial numbers; no certificate bytes.
    public var description: String {
        "AlipayCertificates(appCertificateSerialNumber: \(appCertificateSerialNumber), "
            + "alipayCertificateSerialNumber: \(alipayCertificateSerialNumber), "
            + "alipayRootCertificateSerialNumber: \(alipayRootCertificateSerialNumber))"
    }

    /// Dumps show the serial numbers only, not the certificates' bytes.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "appCertificateSerialNumber": appCertificateSerialNumber,
                "alipayCertificateSerialNumber": alipayCertificateSerialNumber,
                "alipayRootCertificateSerialNumber": alipayRootCertificateSerialNumber,
            ],
            displayStyle: .struct)
    }

    private static func read(_ path: String, field: String) throws(AlipayError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .invalidConfiguration(reason: "\(field): cannot read \(path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalidConfiguration(reason: "\(field): \(path) is not UTF-8 text")
        }
        return text
    }

    private static func firstCertificate(_ pem: String, field: String) throws(AlipayError) -> CertificateSummary {
        // Safe: `certificates` never returns an empty list.
        try certificates(pem, field: field)[0]
    }

    private static func certificates(_ pem: String, field: String) throws(AlipayError) -> [CertificateSummary] {
        guard let blocks = PEMBlock.blocks(in: pem) else {
            throw .invalidConfiguration(reason: "\(field): the PEM text is malformed")
        }
        let certificateBlocks = blocks.filter { $0.label == "CERTIFICATE" }
        guard !certificateBlocks.isEmpty else {
            throw .invalidConfiguration(reason: "\(field) contains no certificate")
        }
        var summaries: [CertificateSummary] = []
        for (index, block) in certificateBlocks.enumerated() {
            do {
                summaries.append(try CertificateSummary(der: block.der))
            } catch {
                throw .invalidConfiguration(reason: "\(field): certificate \(index + 1) is unreadable: \(error)")
            }
        }
        return summaries
    }
}
