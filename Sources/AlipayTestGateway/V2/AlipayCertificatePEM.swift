import AlipayRuntime
import Foundation

/// An Alipay certificate file as the gateway serves it: the PEM text and the SN of its first certificate.
struct AlipayCertificatePEM: Sendable {
    var text: String
    var summary: CertificateSummary

    /// Reads `text` (leaf first, maybe intermediates after it).
    init(_ text: String, field: String) throws(AlipayError) {
        guard let block = PEMBlock.blocks(in: text)?.first(where: { $0.label == "CERTIFICATE" }) else {
            throw .invalidConfiguration(reason: "\(field) contains no PEM certificate")
        }
        do {
            summary = try CertificateSummary(der: block.der)
        } catch {
            throw .invalidConfiguration(reason: "\(field): the certificate is unreadable: \(error)")
        }
        self.text = text
    }

    /// Alipay's SN of the first certificate.
    var sn: String { summary.alipaySN }

    /// A signing identity from `privateKey`, checked to be the key of this certificate.
    func identity(privateKey: String, field: String) throws(AlipayError) -> AlipaySigningIdentity {
        let key = try SigningKey(privateKey, field: field)
        let publicKey = try VerifyingKey(der: summary.subjectPublicKeyInfo, field: "certificate")
        let probe = "alipay certificate key check"
        guard publicKey.isValid(try key.sign(probe), for: Data(probe.utf8)) else {
            throw .invalidConfiguration(reason: "\(field) is not the private key of the certificate with SN \(sn)")
        }
        return AlipaySigningIdentity(key: key, certificateSN: sn)
    }
}
