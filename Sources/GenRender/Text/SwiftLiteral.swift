/// Swift source text for values taken from a spec.
enum SwiftLiteral {
    /// A double-quoted string literal that evaluates to exactly `text`.
    static func string(_ text: String) -> String {
        // Most spec names are printable ASCII without quotes or backslashes: nothing to escape.
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            // Written into one buffer: two concatenations would make two strings.
            return String(unsafeUninitializedCapacity: utf8.count + 2) { buffer in
                buffer[0] = UInt8(ascii: "\"")
                _ = buffer[1...].initialize(from: utf8)
                buffer[utf8.count + 1] = UInt8(ascii: "\"")
                return utf8.count + 2
            }
        }
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": literal += "\\\""
            case "\\": literal += "\\\\"
            case "\n": literal += "\\n"
            case "\r": literal += "\\r"
            case "\t": literal += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.properties.generalCategory == .format
                    || scalar.properties.generalCategory == .lineSeparator
                    || scalar.properties.generalCategory == .paragraphSeparator
                {
                    literal += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    literal.unicodeScalars.append(scalar)
                }
            }
        }
        return literal + "\""
    }
}

/// Markdown text for the generated docs.
enum MarkdownText {
    /// Escapes text for a table cell: pipes, HTML and line breaks, besides what `prose` escapes.
    static func cell(_ text: String) -> String {
        escape(text, inTable: true)
    }

    /// Escapes a paragraph of prose: HTML and backticks.
    static func prose(_ text: String) -> String {
        escape(text, inTable: false)
    }

    private static func escape(_ text: String, inTable: Bool) -> String {
        let special = text.utf8.contains {
            $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "`")
                || inTable && ($0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "\n"))
        }
        guard special else { return text }
        var escaped = ""
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "`": escaped += "\\`"
            case "|" where inTable: escaped += "\\|"
            case "\n" where inTable: escaped += "<br>"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
