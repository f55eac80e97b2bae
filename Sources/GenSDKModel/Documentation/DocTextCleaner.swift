/// Turns a spec description into plain lines of text.
///
/// Alipay's descriptions hold HTML (`<a href>`, `<br>`), entities, tabs and `\r\n`. Links become
/// `text (url)`, line-breaking tags become line breaks, other tags are dropped. What is left is plain
/// text; the render stage escapes it for wherever it goes.
enum DocTextCleaner {
    static func clean(_ text: String?) -> DocText {
        guard let text, !text.isEmpty else { return [] }
        // Scanning an array of bytes is much faster than scanning the String's UTF-8 view.
        var plain = text
        var bytes = Array(text.utf8)
        if bytes.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) {
            plain = convertHTML(text)
            bytes = Array(plain.utf8)
        }
        var lines: [String] = []
        LineBreaks.forEachLine(in: bytes) { range in
            let start = plain.utf8.index(plain.startIndex, offsetBy: range.lowerBound)
            let end = plain.utf8.index(plain.startIndex, offsetBy: range.upperBound)
            var line = String(plain[start..<end])
            if bytes[range].contains(where: { $0 < 0x20 || $0 == 0x7F }) {
                line = String(line.map { $0 == "\t" ? " " : $0 }.filter { !$0.isControlCharacter })
            }
            line = line.trimmingTrailingSpaces()
            if line.isEmpty, lines.last?.isEmpty ?? true {
                return
            }
            lines.append(line)
        }
        while lines.last?.isEmpty == true {
            lines.removeLast()
        }
        return lines
    }

    private static func convertHTML(_ text: String) -> String {
        var output = ""
        var index = text.startIndex
        var pendingLink: String?
        while index < text.endIndex {
            // Text up to the next `<` or `&` holds no markup and is copied as it is.
            guard let markup = text.firstIndex(ofASCII: [UInt8(ascii: "<"), UInt8(ascii: "&")], from: index) else {
                output += text[index...]
                break
            }
            output += text[index..<markup]
            index = markup
            let character = text[index]
            if character == "<", let close = text.firstIndex(ofASCII: [UInt8(ascii: ">")], from: index) {
                let tag = text[text.index(after: index)..<close]
                let name = tag.prefix { $0.isLetter || $0 == "/" }.lowercased()
                if name.count > 0, name != "/" || tag.count > 1 {
                    switch name {
                    case "br", "br/", "p", "/p", "div", "/div", "li", "/li", "ul", "/ul", "ol", "/ol", "tr", "/tr":
                        output += "\n"
                    case "a":
                        pendingLink = attribute("href", in: String(tag))
                    case "/a":
                        if let link = pendingLink, !link.isEmpty, !output.hasSuffix(link) {
                            output += " (\(link))"
                        }
                        pendingLink = nil
                    default:
                        break
                    }
                    index = text.index(after: close)
                    continue
                }
            }
            if character == "&", let semicolon = text[index...].prefix(8).firstIndex(of: ";"),
                let decoded = entity(String(text[text.index(after: index)..<semicolon]))
            {
                output += decoded
                index = text.index(after: semicolon)
                continue
            }
            output.append(character)
            index = text.index(after: index)
        }
        return output
    }

    /// The value of the attribute `name` (ASCII) in `tag`, e.g. `href` in `a href="https://..."`.
    private static func attribute(_ name: String, in tag: String) -> String? {
        let pattern = name + "="
        var searchStart = tag.startIndex
        while let start = tag.firstIndex(ofASCII: [pattern.utf8.first!], from: searchStart) {
            if tag[start...].starts(with: pattern) {
                return value(in: tag, from: tag.index(start, offsetBy: pattern.count))
            }
            searchStart = tag.index(after: start)
        }
        return nil
    }

    /// An attribute's value that starts at `start`: quoted, or up to the next whitespace.
    private static func value(in tag: String, from start: String.Index) -> String {
        let rest = tag[start...]
        guard let quote = rest.first?.asciiValue, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            return String(rest.prefix { !$0.isWhitespace })
        }
        let valueStart = tag.index(after: start)
        return String(tag[valueStart..<(tag.firstIndex(ofASCII: [quote], from: valueStart) ?? tag.endIndex)])
    }

    private static func entity(_ name: String) -> String? {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos", "#39": return "'"
        case "nbsp": return " "
        default: return nil
        }
    }
}

extension Character {
    fileprivate var isControlCharacter: Bool {
        unicodeScalars.allSatisfy { $0.properties.generalCategory == .control }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        if endsInPlainCharacter {
            return self
        }
        var result = Substring(self)
        while let last = result.last, last.isWhitespace {
            result = result.dropLast()
        }
        return String(result)
    }

    /// Whether the last Character is surely not whitespace, judged by the last Unicode scalar alone. The
    /// scalars that end most lines of Alipay's docs (printable ASCII, Chinese characters, `、`, `。`,
    /// full-width punctuation) are not whitespace and never extend the Character before them, so the last
    /// Character either is that scalar or starts with a prepended mark, which is not whitespace.
    private var endsInPlainCharacter: Bool {
        guard let last = unicodeScalars.last else { return false }
        switch last.value {
        case 0x21...0x7E, 0x3001...0x3002, 0x4E00...0x9FFF, 0xFF01...0xFF5E: return true
        default: return false
        }
    }
}
