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

    @Test func emptyAndMissing() {
        #expect(DocTextCleaner.clean(nil) == [])
        #expect(DocTextCleaner.clean("") == [])
        #expect(DocTextCleaner.clean("\n\n") == [])
    }
}
