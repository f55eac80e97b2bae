import Foundation
import _CryptoExtras

/// Reads the RSA keys of a configuration from any form Alipay's tools produce.
///
/// Private keys: PKCS#1 or PKCS#8, PEM (any line length) or bare base64 DER. Public keys:
/// SubjectPublicKeyInfo (or PKCS#1 `RSA PUBLIC KEY`), PEM or bare base64. A key of the wrong kind
/// gets an error that says so. Errors name the field and the problem, never the key text.
package enum RSAKeyParser {
    /// Parses an RSA private key of at least 2048 bits.
    package static func privateKey(_ text: String, field: String) throws(AlipayError) -> _RSA.Signing.PrivateKey {
        let der = try derBytes(text, field: field, expecting: .privateKey)
        if let key = try? _RSA.Signing.PrivateKey(derRepresentation: der) {
            return key
        }
        if case .rsa = RSAPublicKeyDER.parse(der) {
            throw .invalidConfiguration(
                reason: "\(field): the private key looks like a public key; configure the app private key "
                    + "(PKCS#1 or PKCS#8) here, not a public key")
        }
        if let small = try? _RSA.Signing.PrivateKey(unsafeDERRepresentation: der) {
            throw .invalidConfiguration(
                reason: "\(field): the RSA key has \(small.keySizeInBits) bits; Alipay RSA2 needs at least 2048")
        }
        throw .invalidConfiguration(reason: "\(field): not an RSA private key in PKCS#1 or PKCS#8 form")
    }

    /// Parses an RSA public key of at least 2048 bits.
    package static func publicKey(_ text: String, field: String) throws(AlipayError) -> _RSA.Signing.PublicKey {
        let der = try derBytes(text, field: field, expecting: .publicKey)
        return try publicKey(der: der, field: field)
    }

    /// Parses a DER SubjectPublicKeyInfo (or PKCS#1 RSAPublicKey) of at least 2048 bits.
    package static func publicKey(der: Data, field: String) throws(AlipayError) -> _RSA.Signing.PublicKey {
        let components: RSAPublicKeyDER.Components
        switch RSAPublicKeyDER.parse(der) {
        case .rsa(let rsa):
            components = rsa
        case .otherAlgorithm(let oid):
            throw .invalidConfiguration(
                reason: "\(field): the key is not RSA (algorithm \(oid)); Alipay RSA2 needs RSA")
        case .notAPublicKey:
            if (try? _RSA.Signing.PrivateKey(unsafeDERRepresentation: der)) != nil {
                throw .invalidConfiguration(
                    reason: "\(field): the public key looks like a private key; configure a public key here "
                        + "and keep private keys out of it")
            }
            throw .invalidConfiguration(reason: "\(field): not an RSA public key (SubjectPublicKeyInfo)")
        }
        guard let key = try? _RSA.Signing.PublicKey(n: components.modulus, e: components.exponent) else {
            throw .invalidConfiguration(reason: "\(field): the RSA public key has invalid parameters")
        }
        guard key.keySizeInBits >= 2048 else {
            throw .invalidConfiguration(
                reason: "\(field): the RSA key has \(key.keySizeInBits) bits; Alipay RSA2 needs at least 2048")
        }
        return key
    }

    private enum Expected {
        case privateKey
        case publicKey
    }

    /// The DER inside PEM armour or bare base64, with label checks that catch swapped keys early.
    private static func derBytes(_ text: String, field: String, expecting: Expected) throws(AlipayError) -> Data {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw .invalidConfiguration(reason: "\(field) is empty")
        }
        guard PEMBlock.isArmored(trimmed) else {
            guard let der = PEMBlock.decodeBase64(trimmed[...]) else {
                throw .invalidConfiguration(reason: "\(field) is neither PEM nor base64")
            }
            return der
        }
        guard let block = PEMBlock.blocks(in: trimmed)?.first else {
            throw .invalidConfiguration(reason: "\(field): the PEM text is malformed")
        }
        let label = block.label
        if label.contains("CERTIFICATE") {
            throw .invalidConfiguration(
                reason: "\(field) holds a certificate; use AlipayCertificates for certificate mode")
        }
        if label.contains("ENCRYPTED") {
            throw .invalidConfiguration(
                reason: "\(field): encrypted private keys are not supported; export it unencrypted")
        }
        switch expecting {
        case .privateKey where label.contains("PUBLIC KEY"):
            throw .invalidConfiguration(
                reason: "\(field): the private key looks like a public key (PEM label \(label)); configure the "
                    + "app private key here, not a public key")
        case .publicKey where label.contains("PRIVATE KEY"):
            throw .invalidConfiguration(
                reason: "\(field): the public key looks like a private key (PEM label \(label)); configure a "
                    + "public key here and keep private keys out of it")
        default:
            return block.der
        }
    }
}
