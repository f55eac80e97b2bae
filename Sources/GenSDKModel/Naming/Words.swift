/// Splits spec names into words and joins them the Swift way.
///
/// `agreement_no` -> `agreementNo`, `REQUEST_PARAM_ILLEGAL` -> `requestParamIllegal`,
/// `invalid-parameter` -> `invalidParameter`, `exclusiveBenefit` -> `exclusiveBenefit`.
enum Words {
    /// The words of `text`: separated by anything that is not a letter or digit, and at lower-to-upper
    /// case changes. A run of capitals stays one word (`userID` -> `user`, `ID`).
    static func split(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return splitASCII(text)
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

    /// The same rules over ASCII bytes, which is every name in Alipay's spec.
    private static func splitASCII(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previous: UInt8 = 0
        func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
        func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        for byte in text.utf8 {
            guard isLower(byte) || isUpper(byte) || isDigit(byte) else {
                if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
                previous = 0
                continue
            }
            if (isLower(previous) || isDigit(previous)) && isUpper(byte), !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            current.append(byte)
            previous = byte
        }
        if !current.isEmpty {
            words.append(String(decoding: current, as: UTF8.self))
        }
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
        let words = split(text)
        guard let first = words.first else { return "" }
        return lowered(first) + words.dropFirst().map(capitalized).joined()
    }

    /// `zhima.credit.pe` -> `ZhimaCreditPe`.
    static func upperCamel(_ text: String) -> String {
        split(text).map(capitalized).joined()
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
