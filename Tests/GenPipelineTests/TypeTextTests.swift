import Testing

@testable import GenRender

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
}
