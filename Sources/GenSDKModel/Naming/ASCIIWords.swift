/// The rules of `Words` over ASCII bytes, which is every name in Alipay's spec.
///
/// For ASCII text, bytes and Characters agree, and bytes need no Unicode tables.
enum ASCIIWords {
    /// Calls `body` with each word of `bytes`, in order: runs of letters and digits, split where a
    /// lowercase letter or a digit is followed by a capital.
    static func forEach(in bytes: [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
        var start = 0
        var previous: UInt8 = 0
        for (index, byte) in bytes.enumerated() {
            guard byte.isASCIILetterOrDigit else {
                if start < index {
                    body(bytes[start..<index])
                }
                start = index + 1
                previous = 0
                continue
            }
            if (previous.isASCIILowercase || previous.isASCIIDigit) && byte.isASCIIUppercase {
                body(bytes[start..<index])
                start = index
            }
            previous = byte
        }
        if start < bytes.count {
            body(bytes[start...])
        }
    }

    /// The byte ranges of the words of `bytes`.
    static func ranges(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        forEach(in: bytes) { ranges.append($0.indices) }
        return ranges
    }

    /// As `Words.droppingSharedWords`.
    static func droppingSharedWords(of text: [UInt8], with other: [UInt8]) -> String {
        let words = ranges(in: text)
        let otherWords = ranges(in: other)
        var shared = 0
        while shared < min(words.count, otherWords.count) - 1,
            text[words[shared]].elementsEqual(other[otherWords[shared]])
        {
            shared += 1
        }
        var output: [UInt8] = []
        for word in words.dropFirst(shared) {
            output += text[word]
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `agreement_no` -> `agreementNo`, as `Words.lowerCamel`.
    static func lowerCamel(_ text: String) -> String {
        join(text) { word, isFirst, output in
            isFirst ? appendLowered(word, to: &output) : appendCapitalized(word, to: &output)
        }
    }

    /// `zhima.credit.pe` -> `ZhimaCreditPe`, as `Words.upperCamel`.
    static func upperCamel(_ text: String) -> String {
        join(text) { word, _, output in appendCapitalized(word, to: &output) }
    }

    /// The words of `text`, each appended to one buffer by `append`.
    private static func join(
        _ text: String, _ append: (ArraySlice<UInt8>, _ isFirst: Bool, inout [UInt8]) -> Void
    ) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        forEach(in: bytes) { word in
            // Words are never empty, so only the first finds the buffer empty.
            append(word, output.isEmpty, &output)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// A word written all in capitals is lowered; any other word loses the capital of its first letter.
    private static func appendLowered(_ word: ArraySlice<UInt8>, to output: inout [UInt8]) {
        if word.contains(where: \.isASCIILowercase) {
            output.append(word.first!.asciiLowercased)
            output += word.dropFirst()
        } else {
            output += word.lazy.map(\.asciiLowercased)
        }
    }

    /// The first letter becomes a capital; the rest of a word written all in capitals is lowered.
    private static func appendCapitalized(_ word: ArraySlice<UInt8>, to output: inout [UInt8]) {
        output.append(word.first!.asciiUppercased)
        if word.contains(where: \.isASCIILowercase) {
            output += word.dropFirst()
        } else {
            output += word.dropFirst().lazy.map(\.asciiLowercased)
        }
    }
}

extension UInt8 {
    var isASCIILowercase: Bool { self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z") }
    var isASCIIUppercase: Bool { self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z") }
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    var isASCIILetterOrDigit: Bool { isASCIILowercase || isASCIIUppercase || isASCIIDigit }

    var asciiLowercased: UInt8 { isASCIIUppercase ? self + 0x20 : self }
    var asciiUppercased: UInt8 { isASCIILowercase ? self - 0x20 : self }
}
