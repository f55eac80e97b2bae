/// Questions about Swift type text (`[ZMGoTradeInfo]`, `[String: Data]`).
public enum TypeText {
    /// The words of `typeText`, in order: runs of letters, digits and underscores. Type text is
    /// Swift code, so any non-ASCII byte is part of a letter.
    public static func words(in typeText: String) -> [Substring] {
        let text = typeText.utf8
        var words: [Substring] = []
        var start = text.startIndex
        var index = start
        while true {
            let isEnd = index == text.endIndex
            if isEnd || !isWordByte(text[index]) {
                if start < index {
                    words.append(typeText[start..<index])
                }
                if isEnd {
                    return words
                }
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
    }

    /// Whether `typeText` names `type` as a whole word (`[Data]` yes, `DataInfo` no).
    public static func mentions(_ typeText: String, _ type: String) -> Bool {
        words(in: typeText).contains { $0 == type }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), 0x80...:
            true
        default:
            false
        }
    }
}
