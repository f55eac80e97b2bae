import GenSDKModel

/// Writes spec text as Swift `///` comment lines that nothing in the text can break.
///
/// The text is already one line per element; each line is escaped for the Markdown of doc comments
/// (backticks, `<`) and wrapped to the line length of the generated code.
enum DocComment {
    /// The longest line the generated code may hold, as the checked-in `.swift-format` says.
    static let lineLength = 120

    /// `///` lines for `text` at `indent` spaces; paragraphs are separated by a bare `///`.
    static func lines(_ paragraphs: [DocText], indent: Int) -> [String] {
        var lines: [String] = []
        for paragraph in paragraphs where !paragraph.isEmpty {
            if !lines.isEmpty {
                lines.append("///")
            }
            for line in paragraph {
                if line.isEmpty {
                    lines.append("///")
                } else {
                    for piece in wrap(escape(line), width: lineLength - indent - 4) {
                        lines.append("/// " + piece)
                    }
                }
            }
        }
        return lines
    }

    /// `lines` as one block indented by `indent` spaces, in a list of one (or none when there are no
    /// lines), so that a template writes a whole comment with a single tag.
    static func block(_ lines: [String], indent: Int) -> [String] {
        guard !lines.isEmpty else { return [] }
        let padding = String(repeating: " ", count: indent)
        // Built in place, to its final size: a padded copy of each line, then their join, made every
        // line twice.
        var block = ""
        block.reserveCapacity(lines.reduce(lines.count * (indent + 1)) { $0 + $1.utf8.count })
        for index in lines.indices {
            if index > 0 {
                block += "\n"
            }
            block += padding
            block += lines[index]
        }
        return [block]
    }

    /// Lines given verbatim (already safe Markdown), wrapped the same way.
    static func rawLines(_ text: [String], indent: Int) -> [String] {
        text.flatMap { line in
            line.isEmpty ? ["///"] : wrap(line, width: lineLength - indent - 4).map { "/// " + $0 }
        }
    }

    /// Escapes what Markdown would take for markup that hides text: backticks, `<`, backslashes.
    static func escape(_ text: String) -> String {
        let needsEscape = text.utf8.contains {
            $0 == UInt8(ascii: "`") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "\\")
        }
        guard needsEscape else { return text }
        var escaped = ""
        for character in text {
            switch character {
            case "`", "<", "\\":
                escaped.append("\\")
                escaped.append(character)
            default:
                escaped.append(character)
            }
        }
        return escaped
    }

    /// A Markdown code span that shows `text` exactly, whatever backticks it holds.
    static func codeSpan(_ text: String) -> String {
        var longestRun = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        let padding = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + padding + text + padding + fence
    }

    /// Breaks `text` into lines of at most `width` characters, at spaces where possible; text without
    /// spaces (Chinese, long URLs) is broken where it must.
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 20)
        // A character is at least one byte, so a text of at most `width` bytes fits.
        guard text.utf8.count > width else { return [text] }
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) {
            return wrapASCII(Array(text.utf8), width: width)
        }
        return wrapCharacters(text, width: width)
    }

    /// `wrap` for any text, counting characters.
    static func wrapCharacters(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var rest = Substring(text)
        // `limit` is the character after the first `width`: the line is too long while there is one.
        while let limit = rest.index(rest.startIndex, offsetBy: width, limitedBy: rest.endIndex), limit < rest.endIndex
        {
            let window = rest[...limit]
            if let space = window.lastIndex(of: " "), space > rest.startIndex {
                lines.append(String(rest[..<space]).trimmingTrailingSpaces())
                rest = rest[rest.index(after: space)...].drop { $0 == " " }
            } else {
                var cut = limit
                // Never leave a lone backslash escape at the end of a line.
                if rest[rest.index(before: cut)] == "\\" {
                    cut = rest.index(before: cut)
                }
                lines.append(String(rest[..<cut]))
                rest = rest[cut...]
            }
        }
        if !rest.isEmpty {
            lines.append(String(rest))
        }
        return lines
    }
}

extension DocComment {
    /// `wrap` for text whose characters are each one byte (ASCII without carriage returns): the
    /// same breaks, found by counting bytes instead of walking Unicode's character boundaries.
    static func wrapASCII(_ bytes: [UInt8], width: Int) -> [String] {
        let space = UInt8(ascii: " ")
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var lines: [String] = []
        var start = 0
        // `limit` is the byte after the first `width`: the line is too long while there is one.
        while start + width < bytes.count {
            let limit = start + width
            if let found = bytes[start...limit].lastIndex(of: space), found > start {
                var end = found
                while end > start, bytes[end - 1] == space {
                    end -= 1
                }
                lines.append(text(start..<end))
                start = found + 1
                while start < bytes.count, bytes[start] == space {
                    start += 1
                }
            } else {
                var cut = limit
                // Never leave a lone backslash escape at the end of a line.
                if bytes[cut - 1] == UInt8(ascii: "\\") {
                    cut -= 1
                }
                lines.append(text(start..<cut))
                start = cut
            }
        }
        if start < bytes.count {
            lines.append(text(start..<bytes.count))
        }
        return lines
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = Substring(self)
        while let last = result.last, last == " " {
            result = result.dropLast()
        }
        return String(result)
    }
}
