import Foundation

/// Decodes attribute values as an HTML5 browser does, for checking what a page form submits.
///
/// Character references: decimal and hex numeric ones, and the named ones below. In an attribute a
/// named reference without its `;` followed by `=` or a letter or digit is left as written
/// (so `&notify_url=` stays, while `&copy ` becomes `©`), as the HTML5 tokenizer specifies.
enum HTMLAttributeDecoder {
    /// A few names, among them those with a legacy form (valid without `;`).
    static let named: [String: (String, legacy: Bool)] = [
        "amp": ("&", true), "lt": ("<", true), "gt": (">", true), "quot": ("\"", true), "copy": ("©", true),
        "not": ("¬", true), "reg": ("®", true), "times": ("×", true), "apos": ("'", false), "nbsp": ("\u{A0}", true),
    ]

    static func decode(_ text: String) -> String {
        let characters = Array(text)
        var output = ""
        var index = 0
        while index < characters.count {
            guard characters[index] == "&" else {
                output.append(characters[index])
                index += 1
                continue
            }
            if index + 1 < characters.count, characters[index + 1] == "#" {
                var end = index + 2
                let hex = end < characters.count && (characters[end] == "x" || characters[end] == "X")
                if hex { end += 1 }
                let start = end
                while end < characters.count, characters[end].isHexDigit && (hex || characters[end].isNumber) {
                    end += 1
                }
                if end > start, let value = UInt32(String(characters[start..<end]), radix: hex ? 16 : 10),
                    let scalar = Unicode.Scalar(value)
                {
                    output.unicodeScalars.append(scalar)
                    index = end < characters.count && characters[end] == ";" ? end + 1 : end
                    continue
                }
            }
            // The longest known name at this point.
            var matched: (length: Int, value: String, terminated: Bool, legacy: Bool)?
            for (name, entry) in named {
                let nameCharacters = Array(name)
                guard index + 1 + nameCharacters.count <= characters.count,
                    Array(characters[(index + 1)..<(index + 1 + nameCharacters.count)]) == nameCharacters
                else { continue }
                let after = index + 1 + nameCharacters.count
                let terminated = after < characters.count && characters[after] == ";"
                if matched == nil || nameCharacters.count > matched!.length {
                    matched = (nameCharacters.count, entry.0, terminated, entry.legacy)
                }
            }
            if let matched, matched.terminated || matched.legacy {
                let after = index + 1 + matched.length
                let next = after < characters.count ? characters[after] : nil
                if !matched.terminated, let next, next == "=" || next.isLetter || next.isNumber {
                    output.append("&")
                    index += 1
                    continue
                }
                output += matched.value
                index = matched.terminated ? after + 1 : after
                continue
            }
            output.append("&")
            index += 1
        }
        return output
    }

    /// The action and the hidden fields of a page form, decoded.
    static func form(_ html: String) throws -> (action: String, fields: [(String, String)]) {
        let actionPattern = try NSRegularExpression(pattern: #"<form [^>]*action="([^"]*)""#)
        let inputPattern = try NSRegularExpression(pattern: #"<input type="hidden" name="([^"]*)" value="([^"]*)">"#)
        let range = NSRange(html.startIndex..., in: html)
        guard let action = actionPattern.firstMatch(in: html, range: range) else {
            throw VectorError(description: "no form action")
        }
        let fields = inputPattern.matches(in: html, range: range).map { match in
            (
                decode(String(html[Range(match.range(at: 1), in: html)!])),
                decode(String(html[Range(match.range(at: 2), in: html)!]))
            )
        }
        return (decode(String(html[Range(action.range(at: 1), in: html)!])), fields)
    }
}
