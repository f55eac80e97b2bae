import Testing

@testable import GenSDKModel

@Suite struct DocTextCleanerTests {
    @Test func linksBecomeTextWithTheirAddress() {
        let text = DocTextCleaner.clean("See <a href=\"https://opendocs.alipay.com/x\">the guide</a>.")
        #expect(text == ["See the guide (https://opendocs.alipay.com/x)."])
    }

    @Test func lineBreaksTabsAndEntities() {
        let text = DocTextCleaner.clean("first\r\nsecond<br/>third\tfourth &lt;b&gt; &amp;\n\n\n\nlast  ")
        #expect(text == ["first", "second", "third fourth <b> &", "", "last"])
    }

    @Test func plainAngleBracketsAreKept() {
        #expect(DocTextCleaner.clean("a < b and c > d") == ["a < b and c > d"])
        #expect(DocTextCleaner.clean("1 <= x") == ["1 <= x"])
    }

    @Test func markupAmongOtherScripts() {
        #expect(DocTextCleaner.clean("支付宝<br>用户 &amp; 商户<b>。</b>") == ["支付宝", "用户 & 商户。"])
        // `<` with a combining mark is not a tag; U+037E is canonically a semicolon.
        #expect(DocTextCleaner.clean("a <\u{338}b> &lt\u{37E} c") == ["a <\u{338}b> < c"])
        #expect(DocTextCleaner.clean("全角空格\u{3000}\n半角空格 \u{301} \n") == ["全角空格", "半角空格"])
    }

    @Test func trailingWhitespaceGoesWholeCharacters() {
        #expect(DocTextCleaner.clean("商户订单号。 \n订单（必填） \u{3000}\nend\u{A0}") == ["商户订单号。", "订单（必填）", "end"])
        // A space with a combining mark is one Character that starts with whitespace.
        #expect(DocTextCleaner.clean("说明 \u{301}\nx\u{600} ") == ["说明", "x\u{600} "])
    }

    @Test func emptyAndMissing() {
        #expect(DocTextCleaner.clean(nil) == [])
        #expect(DocTextCleaner.clean("") == [])
        #expect(DocTextCleaner.clean("\n\n") == [])
    }

    @Test(arguments: [
        "a\r\nb\rc\nd\u{0B}e\u{0C}f\u{85}g\u{2028}h\u{2029}i",
        "\r\r\n\n\r", "", "no break", "说明\u{201C}引用\u{201D}\r\n第二行\u{2029}", "e\u{301}\n\u{301}x\r\n\u{301}",
    ])
    func linesSplitLikeCharacters(text: String) {
        let expected = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        let bytes = Array(text.utf8)
        var lines: [String] = []
        LineBreaks.forEachLine(in: bytes) { lines.append(String(decoding: bytes[$0], as: UTF8.self)) }
        #expect(lines == expected)
    }
}
