/// Turns a spec description into plain lines of text.
///
/// Alipay's descriptions hold HTML (`<a href>`, `<br>`), entities, tabs and `\r\n`. Links become
/// `text (url)`, line-breaking tags become line breaks, other tags are dropped. What is left is plain
/// text; the render stage escapes it for wherever it goes.
enum DocTextCleaner {
    static func clean(_ text: String?) -> DocText {
        guard let text, !text.isEmpty else { return [] }
        // Scanning an array of bytes is much faster than scanning the String's UTF-8 view.
        var bytes = Array(text.utf8)
        if bytes.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) {
            bytes = Array(convertHTML(text).utf8)
        }
        var lines: [String] = []
        for range in LineBreaks.lines(in: bytes) {
            let rawLine = bytes[range]
            var line = String(decoding: rawLine, as: UTF8.self)
            if rawLine.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
                line = String(line.map { $0 == "\t" ? " " : $0 }.filter { !$0.isControlCharacter })
            }
            line = line.trimmingTrailingSpaces()
            if line.isEmpty, lines.last?.isEmpty ?? true {
                continue
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
            guard let markup = nextMarkup(in: text, from: index) else {
                output += text[index...]
                break
            }
            output += text[index..<markup]
            index = markup
            let character = text[index]
            if character == "<", let close = text[index...].firstIndex(of: ">") {
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

    /// The first `<` or `&` from `start` on that begins a Character, where a tag or an entity may start.
    /// Found on UTF-8 bytes, so that only these bytes need a look at the Characters around them.
    private static func nextMarkup(in text: String, from start: String.Index) -> String.Index? {
        let isMarkup = { (byte: UInt8) in byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") }
        var searchStart = start
        while let byte = text.utf8[searchStart...].firstIndex(where: isMarkup) {
            if let index = String.Index(byte, within: text) {
                return index
            }
            searchStart = text.utf8.index(after: byte)
        }
        return nil
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.firstRange(of: name + "=") else { return nil }
        var rest = tag[range.upperBound...]
        guard let quote = rest.first, quote == "\"" || quote == "'" else {
            return String(rest.prefix { !$0.isWhitespace })
        }
        rest = rest.dropFirst()
        return String(rest.prefix { $0 != quote })
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
        // A last byte that is ASCII but not whitespace ends a Character that is not whitespace either:
        // nothing combines with an ASCII character but a mark before it, which is not whitespace.
        if let last = utf8.last, last < 0x80, last != UInt8(ascii: " "), !(0x09...0x0D).contains(last) {
            return self
        }
        var result = Substring(self)
        while let last = result.last, last.isWhitespace {
            result = result.dropLast()
        }
        return String(result)
    }
}
