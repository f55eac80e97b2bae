import Testing

@testable import GenSDKModel

/// A model imports Foundation when a type it uses names `Data` as a whole word.
@Suite struct TypeTextTests {
    @Test(arguments: [
        ("Data", true), ("Data?", true), ("[Data]", true), ("[String: Data]", true), ("AlipayFile<Data>", true),
        ("DataInfo", false), ("MetaData", false), ("Data_", false), ("数据Data", false), ("", false),
        ("String", false),
    ])
    func namesDataOnlyAsAWholeWord(typeText: String, mentions: Bool) {
        #expect(TypeText.mentions(typeText, "Data") == mentions)
    }

    /// The module layout finds the models a type names through the same words.
    @Test func wordsAreTheIdentifiersOfTheText() {
        #expect(TypeText.words(in: "[String: ZMGoTradeInfo]") == ["String", "ZMGoTradeInfo"])
        #expect(TypeText.words(in: "AlipayFile<Data>?") == ["AlipayFile", "Data"])
        #expect(TypeText.words(in: "A_1.B") == ["A_1", "B"])
        #expect(TypeText.words(in: "[]").isEmpty)
        #expect(TypeText.words(in: "").isEmpty)
    }
}
