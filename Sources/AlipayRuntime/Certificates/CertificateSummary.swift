import Crypto
import Foundation
import SwiftASN1

/// The parts of an X.509 certificate that Alipay's protocol uses, read with swift-asn1 alone.
///
/// A full X.509 parser refuses some of Alipay's roots (SM2 keys, ECDSA with explicit NULL parameters);
/// walking the DER tree reads every one of them. Validity dates are deliberately not checked.
package struct CertificateSummary: Sendable, Hashable {
    /// The issuer as Java's `X500Principal.getName()` writes it: most specific first, e.g. `CN=…,OU=…,O=…,C=CN`.
    package var issuer: String
    /// The serial number in base 10.
    package var serialNumber: String
    /// The outer signature algorithm, dotted, e.g. `1.2.840.113549.1.1.11`.
    package var signatureAlgorithm: String
    /// The DER SubjectPublicKeyInfo.
    package var subjectPublicKeyInfo: Data

    /// Alipay's certificate SN: lower-case hex MD5 of issuer followed by the decimal serial.
    package var alipaySN: String {
        Insecure.MD5.hash(data: Data((issuer + serialNumber).utf8))
            .map { String($0, radix: 16).zeroPadded(to: 2) }
            .joined()
    }

    /// Whether the certificate is signed with RSA (`1.2.840.113549.1.1.*`), the only kind in the root SN.
    package var isSignedWithRSA: Bool {
        signatureAlgorithm.hasPrefix("1.2.840.113549.1.1.")
    }

    package init(issuer: String, serialNumber: String, signatureAlgorithm: String, subjectPublicKeyInfo: Data) {
        self.issuer = issuer
        self.serialNumber = serialNumber
        self.signatureAlgorithm = signatureAlgorithm
        self.subjectPublicKeyInfo = subjectPublicKeyInfo
    }

    /// Reads a DER certificate.
    package init(der: Data) throws(CertificateParseError) {
        do {
            let root = try DER.parse([UInt8](der))
            let certificate = try Self.children(of: root)
            guard certificate.count >= 2 else { throw CertificateParseError("not a certificate") }
            var tbs = try Self.children(of: certificate[0])[...]
            if let first = tbs.first, first.identifier.tagClass == .contextSpecific, first.identifier.tagNumber == 0 {
                tbs = tbs.dropFirst()  // [0] EXPLICIT version
            }
            let fields = Array(tbs)
            guard fields.count >= 6, fields[0].identifier == .integer, case .primitive(let serial) = fields[0].content
            else { throw CertificateParseError("the certificate has no serial number") }
            let algorithm = try Self.children(of: certificate[1])
            guard let algorithmOID = algorithm.first else { throw CertificateParseError("no signature algorithm") }
            self.init(
                issuer: try DistinguishedName.javaString(fields[2]),
                serialNumber: DecimalSerial.string(fromTwosComplement: Array(serial)),
                signatureAlgorithm: try ASN1ObjectIdentifier(derEncoded: algorithmOID).description,
                subjectPublicKeyInfo: Data(fields[5].encodedBytes)
            )
        } catch let error as CertificateParseError {
            throw error
        } catch {
            throw CertificateParseError("the DER structure is malformed")
        }
    }

    static func children(of node: ASN1Node) throws(CertificateParseError) -> [ASN1Node] {
        guard case .constructed(let nodes) = node.content else {
            throw CertificateParseError("expected a constructed ASN.1 value")
        }
        return Array(nodes)
    }
}

/// Why a certificate could not be read.
package struct CertificateParseError: Error, Sendable, CustomStringConvertible {
    package var description: String

    init(_ description: String) {
        self.description = description
    }
}
