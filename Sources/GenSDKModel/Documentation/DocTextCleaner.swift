/// Turns a spec description into plain lines of text.
///
/// Alipay's descriptions hold HTML (`<a href>`, `<br>`), entities, tabs and `\r\n`. Links become
/// `text (url)`, line-breaking tags become line breaks, other tags are dropped. What is left is plain
/// text; the render stage escapes it for wherever it goes.
enum DocTextCleaner {
    static func clean(_ text: String?) -> DocText {
        guard let text, !text.isEmpty else { return [] }
        let plain =
            text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) ? convertHTML(text) : text
        var lines: [String] = []
        // `\r\n` is one Character, so splitting on Characters handles it with `\n` and `\r`.
        for rawLine in plain.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = String(rawLine)
            if line.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
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
        var result = Substring(self)
        while let last = result.last, last.isWhitespace {
            result = result.dropLast()
        }
        return String(result)
    }
}
