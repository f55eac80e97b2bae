/// The rules of `Words` over ASCII bytes, which is every name in Alipay's spec.
///
/// For ASCII text, bytes and Characters agree, and bytes need no Unicode tables. Each function gives
/// nil for text that is not ASCII.
enum ASCIIWords {
    /// As `Words.split`.
    static func split(_ text: String) -> [String]? {
        guard let bytes = asciiBytes(of: text) else { return nil }
        return ranges(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// As `Words.lowerCamel`.
    static func lowerCamel(_ text: String) -> String? {
        join(text, firstWord: .lowered)
    }

    /// As `Words.upperCamel`.
    static func upperCamel(_ text: String) -> String? {
        join(text, firstWord: .capitalized)
    }

    /// As `Words.lettersAndDigits`.
    static func lettersAndDigits(_ text: String) -> String? {
        guard let bytes = asciiBytes(of: text) else { return nil }
        return String(decoding: bytes.filter(\.isASCIILetterOrDigit), as: UTF8.self)
    }

    /// As `Words.droppingSharedWords`.
    static func droppingSharedWords(of text: String, with other: String) -> String? {
        guard let bytes = asciiBytes(of: text), let otherBytes = asciiBytes(of: other) else { return nil }
        let words = ranges(in: bytes)
        let otherWords = ranges(in: otherBytes)
        var shared = 0
        while shared < min(words.count, otherWords.count) - 1,
            bytes[words[shared]].elementsEqual(otherBytes[otherWords[shared]])
        {
            shared += 1
        }
        var output: [UInt8] = []
        for word in words.dropFirst(shared) {
            output += bytes[word]
        }
        return String(decoding: output, as: UTF8.self)
    }

    private enum FirstLetter {
        case lowered, capitalized
    }

    /// The words of `text` joined: the first letter of the first word as `firstWord` says, of every
    /// other word capitalised; the rest of a word written without lowercase letters is lowered.
    private static func join(_ text: String, firstWord: FirstLetter) -> String? {
        guard var bytes = asciiBytes(of: text) else { return nil }
        // Each word is written over bytes already read: the joined words are never longer than the text.
        var length = 0
        var searchStart = 0
        while let word = nextWord(in: bytes, from: searchStart) {
            let keepsCase = bytes[word].contains(where: \.isASCIILowercase)
            let first = bytes[word.lowerBound]
            bytes[length] = length == 0 && firstWord == .lowered ? first.asciiLowercased : first.asciiUppercased
            for index in word.dropFirst() {
                bytes[length + index - word.lowerBound] = keepsCase ? bytes[index] : bytes[index].asciiLowercased
            }
            length += word.count
            searchStart = word.upperBound
        }
        return String(decoding: bytes[..<length], as: UTF8.self)
    }

    /// The byte ranges of the words of `bytes`.
    private static func ranges(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var searchStart = 0
        while let word = nextWord(in: bytes, from: searchStart) {
            ranges.append(word)
            searchStart = word.upperBound
        }
        return ranges
    }

    /// The first word from `start` on: a run of letters and digits, which a capital after a lowercase
    /// letter or a digit ends.
    private static func nextWord(in bytes: [UInt8], from start: Int) -> Range<Int>? {
        guard let wordStart = bytes[start...].firstIndex(where: \.isASCIILetterOrDigit) else { return nil }
        var end = wordStart + 1
        while end < bytes.count, bytes[end].isASCIILetterOrDigit,
            !(bytes[end].isASCIIUppercase && (bytes[end - 1].isASCIILowercase || bytes[end - 1].isASCIIDigit))
        {
            end += 1
        }
        return wordStart..<end
    }

    private static func asciiBytes(of text: String) -> [UInt8]? {
        let bytes = Array(text.utf8)
        return bytes.allSatisfy { $0 < 0x80 } ? bytes : nil
    }
}
