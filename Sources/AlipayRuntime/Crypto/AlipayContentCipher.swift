import Crypto
import Foundation
import _CryptoExtras

/// Alipay's content encryption: AES-CBC with an all-zero IV and PKCS#7 padding, base64 ciphertext.
///
/// The client uses it for request and response bodies when `AlipayConfig.encryptKey` is set; it is
/// public for data Alipay encrypts with the same key elsewhere (e.g. a mini program's phone number).
public struct AlipayContentCipher: Sendable {
    /// The raw key; `SymmetricKey` is not `Sendable`, so one is made per operation.
    private let keyBytes: Data

    /// - Parameter base64Key: `AlipayConfig.encryptKey`, a base64 AES key of 16, 24 or 32 bytes.
    /// - Throws: `AlipayError.invalidConfiguration` when the key is not base64 or not of those lengths.
    public init(base64Key: String) throws(AlipayError) {
        guard let bytes = PEMBlock.decodeBase64(base64Key[...]) else {
            throw .invalidConfiguration(reason: "encryptKey is not base64")
        }
        guard [16, 24, 32].contains(bytes.count) else {
            throw .invalidConfiguration(
                reason: "encryptKey decodes to \(bytes.count) bytes; an AES key has 16 (usual), 24 or 32")
        }
        keyBytes = bytes
    }

    private static var iv: AES._CBC.IV {
        // A 16-byte IV always constructs.
        try! AES._CBC.IV(ivBytes: [UInt8](repeating: 0, count: 16))
    }

    /// Encrypts `plaintext` and returns standard base64.
    public func encrypt(_ plaintext: Data) throws(AlipayError) -> String {
        do {
            return try AES._CBC.encrypt(plaintext, using: SymmetricKey(data: keyBytes), iv: Self.iv)
                .base64EncodedString()
        } catch {
            throw .requestEncoding(reason: "AES encryption failed")
        }
    }

    /// Decrypts standard base64 ciphertext (surrounding whitespace allowed).
    public func decrypt(_ ciphertext: Data) throws(AlipayError) -> Data {
        guard let text = String(data: ciphertext, encoding: .utf8),
            let bytes = PEMBlock.decodeBase64(text[...])
        else {
            throw .decryptionFailed(reason: "the body is not base64 ciphertext")
        }
        guard bytes.count % 16 == 0 else {
            throw .decryptionFailed(reason: "the ciphertext is \(bytes.count) bytes, not a multiple of 16")
        }
        do {
            return try AES._CBC.decrypt(bytes, using: SymmetricKey(data: keyBytes), iv: Self.iv)
        } catch {
            throw .decryptionFailed(reason: "the padding is wrong; is encryptKey the key Alipay has?")
        }
    }

    /// Decrypts standard base64 ciphertext given as text.
    public func decrypt(_ ciphertext: String) throws(AlipayError) -> Data {
        try decrypt(Data(ciphertext.utf8))
    }
}
