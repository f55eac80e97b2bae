/// Splits spec names into words and joins them the Swift way.
///
/// `agreement_no` -> `agreementNo`, `REQUEST_PARAM_ILLEGAL` -> `requestParamIllegal`,
/// `invalid-parameter` -> `invalidParameter`, `exclusiveBenefit` -> `exclusiveBenefit`.
enum Words {
    /// The words of `text`: separated by anything that is not a letter or digit, and at lower-to-upper
    /// case changes. A run of capitals stays one word (`userID` -> `user`, `ID`).
    static func split(_ text: String) -> [String] {
        if let words = ASCIIWords.split(text) {
            return words
        }
        var words: [String] = []
        var current: [Character] = []
        var previous: Character?
        for character in text {
            guard character.isLetter || character.isNumber, character.isASCII || character.isLetter else {
                flush(&current, into: &words)
                previous = nil
                continue
            }
            if let previous, previous.isLowercase || previous.isNumber, character.isUppercase {
                flush(&current, into: &words)
            }
            current.append(character)
            previous = character
        }
        flush(&current, into: &words)
        return words
    }

    private static func flush(_ current: inout [Character], into words: inout [String]) {
        if !current.isEmpty {
            words.append(String(current))
            current.removeAll(keepingCapacity: true)
        }
    }

    /// `agreement_no` -> `agreementNo`. Words written all in capitals are lowered first.
    static func lowerCamel(_ text: String) -> String {
        if let name = ASCIIWords.lowerCamel(text) {
            return name
        }
        let words = split(text)
        guard let first = words.first else { return "" }
        return lowered(first) + words.dropFirst().map(capitalized).joined()
    }

    /// `zhima.credit.pe` -> `ZhimaCreditPe`.
    static func upperCamel(_ text: String) -> String {
        if let name = ASCIIWords.upperCamel(text) {
            return name
        }
        return split(text).map(capitalized).joined()
    }

    /// The words of `text` from the first one that is not also a word of `other` at the same place, joined;
    /// the last word is always kept. `ZhimaCreditErrorModel` with `ZhimaCreditDefaultResponse` -> `ErrorModel`.
    static func droppingSharedWords(of text: String, with other: String) -> String {
        if let joined = ASCIIWords.droppingSharedWords(of: text, with: other) {
            return joined
        }
        let words = split(text)
        let otherWords = split(other)
        var shared = 0
        while shared < min(words.count, otherWords.count) - 1, words[shared] == otherWords[shared] {
            shared += 1
        }
        return words.dropFirst(shared).joined()
    }

    /// `text` without what is neither a letter nor a digit: `[String: Foo_Bar]` -> `StringFooBar`.
    static func lettersAndDigits(_ text: String) -> String {
        if let filtered = ASCIIWords.lettersAndDigits(text) {
            return filtered
        }
        return text.filter { $0.isLetter || $0.isNumber }
    }

    private static func lowered(_ word: String) -> String {
        if word.allSatisfy({ !$0.isLowercase }) {
            return word.lowercased()
        }
        return word.prefix(1).lowercased() + word.dropFirst()
    }

    private static func capitalized(_ word: String) -> String {
        let body =
            word.allSatisfy({ !$0.isLowercase }) && word.count > 1
            ? word.dropFirst().lowercased() : String(word.dropFirst())
        return word.prefix(1).uppercased() + body
    }
}
