/// Finds the lines of UTF-8 text.
enum LineBreaks {
    /// Calls `body` with the byte range of each line of `bytes`, split at every line break that
    /// `Character.isNewline` knows: LF, VT, FF, CR, CR LF, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.
    /// Empty lines are kept.
    ///
    /// Each of these breaks is a Character of its own, so scanning bytes finds the same lines as
    /// splitting a String on Characters, without measuring every Character of the text.
    static func forEachLine(in bytes: [UInt8], _ body: (Range<Int>) -> Void) {
        var lineStart = 0
        var index = 0
        while let candidate = bytes[index...].firstIndex(where: mayStartBreak) {
            let length = breakLength(in: bytes, at: candidate)
            index = candidate + max(length, 1)
            if length > 0 {
                body(lineStart..<candidate)
                lineStart = index
            }
        }
        body(lineStart..<bytes.count)
    }

    /// Whether a line break may start with `byte`: LF, VT, FF, CR, or the first byte of NEL, LINE SEPARATOR or
    /// PARAGRAPH SEPARATOR.
    private static func mayStartBreak(_ byte: UInt8) -> Bool {
        (0x0A...0x0D).contains(byte) || byte == 0xC2 || byte == 0xE2
    }

    /// The number of bytes of the line break that starts at `index`, or 0.
    private static func breakLength(in bytes: [UInt8], at index: Int) -> Int {
        func byte(_ offset: Int) -> UInt8? {
            index + offset < bytes.count ? bytes[index + offset] : nil
        }
        switch bytes[index] {
        case 0x0A, 0x0B, 0x0C:
            return 1
        case 0x0D:  // CR, or CR LF
            return byte(1) == 0x0A ? 2 : 1
        case 0xC2:  // U+0085 NEXT LINE
            return byte(1) == 0x85 ? 2 : 0
        case 0xE2:  // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
            return byte(1) == 0x80 && (byte(2) == 0xA8 || byte(2) == 0xA9) ? 3 : 0
        default:
            return 0
        }
    }
}
