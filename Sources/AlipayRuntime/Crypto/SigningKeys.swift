import Foundation
import _CryptoExtras

/// An RSA private key that signs SHA256withRSA, for code in this package that must not depend on the
/// crypto library's types (the test gateway signs as "Alipay" with it).
package struct SigningKey: Sendable {
    private let key: _RSA.Signing.PrivateKey

    package init(_ text: String, field: String) throws(AlipayError) {
        key = try RSAKeyParser.privateKey(text, field: field)
    }

    /// The base64 SHA256withRSA signature of `message`.
    package func sign(_ message: String) throws(AlipayError) -> String {
        try RSASignature.sign(message, with: key)
    }
}

/// An RSA public key that checks SHA256withRSA signatures.
package struct VerifyingKey: Sendable {
    private let key: _RSA.Signing.PublicKey

    package init(_ text: String, field: String) throws(AlipayError) {
        key = try RSAKeyParser.publicKey(text, field: field)
    }

    package init(der: Data, field: String) throws(AlipayError) {
        key = try RSAKeyParser.publicKey(der: der, field: field)
    }

    /// Whether `signature` (base64) signs `message`.
    package func isValid(_ signature: String, for message: Data) -> Bool {
        RSASignature.isValid(signature, for: message, key: key)
    }
}
