import Testing

@testable import GenSDKModel

@Suite struct NameCacheTests {
    @Test func givesWhatItWouldMake() {
        var cache = NameCache()
        for name in ["agreement_no", "agreement_no", "default", "3d_secure", "café", "cafe\u{301}", "\u{212A}", "K"] {
            #expect(cache.member(name) == Identifiers.member(name))
        }
    }

    /// Canonically equivalent spellings are equal Strings but keep their own bytes.
    @Test func keepsTheBytesOfEachSpelling() {
        var cache = NameCache()
        #expect(Array(cache.member("café").utf8) == Array("café".utf8))
        #expect(Array(cache.member("cafe\u{301}").utf8) == Array("cafe\u{301}".utf8))
    }
}
