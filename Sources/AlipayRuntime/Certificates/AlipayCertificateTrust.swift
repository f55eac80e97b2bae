import Foundation
@_spi(FixedExpiryValidationTime) import X509

/// Checks certificates Alipay hands out against the configured root bundle.
///
/// Chains are built and checked by X509's `Verifier` under the RFC 5280 policy: issuer signatures, validity
/// dates and basic constraints. Only the bundle's RSA roots (the ones `alipay-root-cert-sn` is made of) that
/// X509 can parse are trusted; the SM2 and ECDSA roots are skipped.
package struct AlipayCertificateTrust: Sendable {
    private let roots: [Certificate]

    /// Keeps the RSA roots of `rootBundlePEM` that X509 can parse. Throws `AlipayError.invalidConfiguration`
    /// when none is usable.
    package init(rootBundlePEM: String) throws(AlipayError) {
        guard let blocks = PEMBlock.blocks(in: rootBundlePEM) else {
            throw .invalidConfiguration(reason: "alipayRootCert.crt: the PEM text is malformed")
        }
        roots = blocks.compactMap { block in
            guard block.label == "CERTIFICATE", (try? CertificateSummary(der: block.der))?.isSignedWithRSA == true
            else { return nil }
            return try? Certificate(derEncoded: Array(block.der))
        }
        guard !roots.isEmpty else {
            throw .invalidConfiguration(reason: "alipayRootCert.crt holds no RSA root certificate that can be read")
        }
    }

    /// Accepts `certificateChainPEM` (leaf first, then any intermediates) only if the leaf chains to one of the
    /// roots at `time`. Intermediates that X509 cannot parse are ignored.
    /// - Returns: The leaf's Alipay SN and its SubjectPublicKeyInfo DER; the leaf key must be RSA.
    package func verify(certificateChainPEM: String, at time: Date) async throws(CertificateTrustFailure)
        -> TrustedAlipayCertificate
    {
        guard let blocks = PEMBlock.blocks(in: certificateChainPEM) else {
            throw CertificateTrustFailure(reason: "the PEM text is malformed")
        }
        let ders = blocks.filter { $0.label == "CERTIFICATE" }.map(\.der)
        guard let leafDER = ders.first else {
            throw CertificateTrustFailure(reason: "the PEM text holds no certificate")
        }
        let leaf: Certificate
        let summary: CertificateSummary
        do {
            leaf = try Certificate(derEncoded: Array(leafDER))
            summary = try CertificateSummary(der: leafDER)
        } catch {
            throw CertificateTrustFailure(reason: "the certificate cannot be read (\(error))")
        }
        do {
            _ = try RSAKeyParser.publicKey(der: summary.subjectPublicKeyInfo, field: "the certificate")
        } catch {
            guard case .invalidConfiguration(let reason) = error else {
                throw CertificateTrustFailure(reason: "\(error)")
            }
            throw CertificateTrustFailure(reason: reason)
        }
        if case .some(.isCertificateAuthority) = try? leaf.extensions.basicConstraints {
            throw CertificateTrustFailure(reason: "it is a CA certificate, not a certificate Alipay signs with")
        }
        let intermediates = ders.dropFirst().compactMap { try? Certificate(derEncoded: Array($0)) }
        var verifier = Verifier(rootCertificates: CertificateStore(roots)) {
            RFC5280Policy(fixedExpiryValidationTime: time)
        }
        switch await verifier.validate(leaf: leaf, intermediates: CertificateStore(intermediates)) {
        case .validCertificate:
            return TrustedAlipayCertificate(sn: summary.alipaySN, publicKeyDER: summary.subjectPublicKeyInfo)
        case .couldNotValidate(let failures):
            throw CertificateTrustFailure(
                reason: reason(failures.first, leaf: leaf, intermediates: intermediates, time: time))
        }
    }

    /// Words for a rejected chain. The decision is the `Verifier`'s; this only names the cause.
    private func reason(
        _ failure: CertificateValidationResult.PolicyFailure?, leaf: Certificate, intermediates: [Certificate],
        time: Date
    ) -> String {
        let day = Date.ISO8601FormatStyle().year().month().day()
        if let failure {
            // Signatures verified; a policy such as the validity dates did not hold.
            for certificate in failure.chain {
                let which = certificate == leaf ? "the certificate" : "the CA certificate \(certificate.subject)"
                if time > certificate.notValidAfter {
                    return "\(which) expired on \(certificate.notValidAfter.formatted(day))"
                }
                if time < certificate.notValidBefore {
                    return "\(which) is not valid before \(certificate.notValidBefore.formatted(day))"
                }
            }
            return "its chain to alipayRootCert.crt breaks RFC 5280 (\(failure.policyFailureReason))"
        }
        // No chain whose signatures verify: follow the issuer names to say where it breaks.
        var tip = leaf
        for _ in 0...intermediates.count {
            if roots.contains(where: { $0.subject == tip.issuer }) {
                return "it does not chain to alipayRootCert.crt: a signature on its way to \(tip.issuer) does not "
                    + "verify (altered, or issued by another key)"
            }
            guard let next = intermediates.first(where: { $0.subject == tip.issuer && $0 != tip }) else { break }
            tip = next
        }
        if tip == leaf {
            return "it does not chain to alipayRootCert.crt: its issuer \(leaf.issuer) is not a root there and "
                + "the PEM text does not include it"
        }
        return "it does not chain to alipayRootCert.crt: its chain ends at \(tip.issuer), which is not a root there"
    }
}

/// An Alipay certificate that chains to the configured roots.
package struct TrustedAlipayCertificate: Sendable, Hashable {
    /// Its Alipay SN (MD5 of issuer DN and decimal serial), as sent in `alipay-sn`.
    package let sn: String
    /// Its SubjectPublicKeyInfo (DER), an RSA key.
    package let publicKeyDER: Data
}

/// Why a certificate was not trusted, in words a person can act on.
package struct CertificateTrustFailure: Error, Sendable, CustomStringConvertible {
    /// The cause, e.g. "the certificate expired on 2022-05-14".
    package let reason: String

    package init(reason: String) {
        self.reason = reason
    }

    package var description: String {
        "The Alipay certificate is not trusted: \(reason)."
    }
}
