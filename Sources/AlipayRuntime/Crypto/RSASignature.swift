import Crypto
import Foundation
import _CryptoExtras

/// SHA256withRSA (PKCS#1 v1.5) over UTF-8 text, base64 encoded: the RSA2 signature Alipay uses everywhere.
package enum RSASignature {
    /// Signs `message` and returns the standard base64 signature.
    package static func sign(_ message: String, with key: _RSA.Signing.PrivateKey) throws(AlipayError) -> String {
        do {
            let digest = SHA256.hash(data: Data(message.utf8))
            // The default padding is PSS; Alipay expects PKCS#1 v1.5.
            let signature = try key.signature(for: digest, padding: .insecurePKCS1v1_5)
            return signature.rawRepresentation.base64EncodedString()
        } catch {
            throw .invalidConfiguration(reason: "the private key could not produce a signature")
        }
    }

    /// Whether `signature` (standard base64) is a valid signature of `message` by `key`.
    package static func isValid(_ signature: String, for message: Data, key: _RSA.Signing.PublicKey) -> Bool {
        guard let raw = Base64.decode(signature) else { return false }
        let digest = SHA256.hash(data: message)
        return key.isValidSignature(
            _RSA.Signing.RSASignature(rawRepresentation: raw), for: digest, padding: .insecurePKCS1v1_5)
    }
}
