import Foundation
import Testing

@testable import AlipayRuntime

@Suite("Base64 decoding of signatures")
struct Base64Tests {
    @Test("decodes what Foundation encodes, for every length and padding")
    func roundTrip() {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<300 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let text = Data(bytes).base64EncodedString()
            #expect(Base64.decode(text) == (length == 0 ? nil : bytes), "length \(length)")
            #expect(Base64.decode(" \(text)\r\n") == (length == 0 ? nil : bytes))
        }
    }

    @Test(
        "refuses what is not padded standard base64",
        arguments: ["", "A", "AB", "ABC", "AB=C", "A===", "=AAA", "AB-_", "AB\nCD==", "AAA=AAAA", "AB==AB==", "ABC%"])
    func malformed(text: String) {
        #expect(Base64.decode(text) == nil)
    }

    @Test("non-zero bits in the padding are refused, as in a signature that was altered")
    func paddingBits() {
        #expect(Base64.decode("QQ==") == [0x41])
        #expect(Base64.decode("QR==") == nil)
        #expect(Base64.decode("QUI=") == [0x41, 0x42])
        #expect(Base64.decode("QUJ=") == nil)
    }
}
