import Foundation
import Testing

@testable import AlipayRuntime

@Suite("AES content encryption")
struct AlipayContentCipherTests {
    let cipher = try! AlipayContentCipher(base64Key: Fixtures.aesKey)

    @Test("encryption equals openssl enc -aes-128-cbc with a zero IV")
    func opensslVector() throws {
        let ciphertext = try cipher.encrypt(Data(Fixtures.text("aes_vector.txt").utf8))
        #expect(ciphertext == Fixtures.text("aes_vector.enc.b64").trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test("decryption inverts it, for empty, block-sized and odd-sized plaintexts")
    func roundTrip() throws {
        #expect(
            try cipher.decrypt(Data(Fixtures.text("aes_vector.enc.b64").utf8))
                == Data(Fixtures.text("aes_vector.txt").utf8))
        for size in [0, 1, 16, 35, 1024] {
            let plain = Data((0..<size).map { UInt8($0 % 251) })
            let encrypted = try cipher.encrypt(plain)
            #expect(Data(base64Encoded: encrypted)?.count == (size / 16 + 1) * 16)
            #expect(try cipher.decrypt(Data(encrypted.utf8)) == plain)
        }
    }

    @Test("a wrong key or a damaged ciphertext fails as decryptionFailed")
    func failures() throws {
        let other = try AlipayContentCipher(base64Key: Data(repeating: 7, count: 16).base64EncodedString())
        let ciphertext = Data(try cipher.encrypt(Data("{\"a\":1}".utf8)).utf8)
        for (decryptor, body) in [(other, ciphertext), (cipher, Data("not base64!".utf8)), (cipher, Data("AAAA".utf8))]
        {
            #expect {
                try decryptor.decrypt(body)
            } throws: { error in
                guard case AlipayError.decryptionFailed = error else { return false }
                return true
            }
        }
    }
}
