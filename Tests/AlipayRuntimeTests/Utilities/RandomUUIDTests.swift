import Foundation
import Testing

@testable import AlipayRuntime

/// Nonces and request ids are random version 4 UUIDs in the lower-case form Alipay's examples use.
@Suite struct RandomUUIDTests {
    @Test func isALowerCaseVersion4UUID() throws {
        for _ in 0..<1000 {
            let text = RandomUUID.lowercased()
            let bytes = Array(text.utf8)
            #expect(bytes.count == 36)
            for (index, byte) in bytes.enumerated() {
                if [8, 13, 18, 23].contains(index) {
                    #expect(byte == UInt8(ascii: "-"))
                } else {
                    #expect(Array("0123456789abcdef".utf8).contains(byte), "\(text)")
                }
            }
            #expect(bytes[14] == UInt8(ascii: "4"))
            #expect(Array("89ab".utf8).contains(bytes[19]))
            let parsed = try #require(UUID(uuidString: text))
            #expect(parsed.uuidString.lowercased() == text)
        }
    }

    @Test func doesNotRepeat() {
        let texts = (0..<10_000).map { _ in RandomUUID.lowercased() }
        #expect(Set(texts).count == texts.count)
    }
}
