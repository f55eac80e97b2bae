import Testing

@testable import GenRender

/// Doc comments are wrapped the same way whichever path the text takes: the byte-counting one for
/// ASCII text and the character-counting one for any text.
@Suite struct DocCommentWrapTests {
    @Test func asciiTextBreaksWhereCountingCharactersBreaksIt() {
        var generator = SplitMix64(seed: 42)
        let pieces = ["a", "bb", "word", "longerword", " ", "  ", "\\", "`x`", "https://example.com/a/b/c"]
        for _ in 0..<2000 {
            let count = Int(generator.next() % 40)
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let width = 20 + Int(generator.next() % 30)
            guard text.utf8.count > width else { continue }
            #expect(
                DocComment.wrapASCII(Array(text.utf8), width: width) == DocComment.wrapCharacters(text, width: width),
                "\(text) at \(width)")
        }
    }

    @Test func textWithOtherCharactersIsCountedByCharacter() {
        let text = String(repeating: "支付宝 ", count: 20)
        let lines = DocComment.wrap(text, width: 20)
        #expect(lines.allSatisfy { $0.count <= 20 })
        #expect(lines.joined(separator: " ") == text)
    }
}

/// A small deterministic generator, so that a failure can be replayed.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
