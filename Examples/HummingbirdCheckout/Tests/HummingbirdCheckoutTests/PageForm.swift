import Foundation

/// The action and hidden fields of a page-pay form, read as a browser reads them: attribute values
/// with `&amp;`, `&quot;`, `&lt;`, `&gt;` and numeric references decoded.
struct PageForm {
    var action: String
    var fields: [(String, String)]

    init(html: String) throws {
        let actionPattern = try NSRegularExpression(pattern: #"<form [^>]*action="([^"]*)""#)
        let inputPattern = try NSRegularExpression(pattern: #"<input type="hidden" name="([^"]*)" value="([^"]*)">"#)
        let range = NSRange(html.startIndex..., in: html)
        guard let match = actionPattern.firstMatch(in: html, range: range) else {
            throw FormError(description: "no form action in \(html.prefix(200))")
        }
        func group(_ match: NSTextCheckingResult, _ index: Int) -> String {
            Self.decoded(String(html[Range(match.range(at: index), in: html)!]))
        }
        action = group(match, 1)
        fields = inputPattern.matches(in: html, range: range).map { (group($0, 1), group($0, 2)) }
    }

    /// The form body a browser POSTs: `application/x-www-form-urlencoded`.
    var body: String {
        fields.map { "\(Self.encoded($0.0))=\(Self.encoded($0.1))" }.joined(separator: "&")
    }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._*")

    private static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved.union([" "]))!.replacingOccurrences(
            of: " ", with: "+")
    }

    private static func decoded(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            rest = rest[ampersand...]
            guard let semicolon = rest.firstIndex(of: ";"), rest.distance(from: rest.startIndex, to: semicolon) <= 10
            else {
                output += "&"
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: rest.startIndex)..<semicolon]
            let named = ["amp": "&", "quot": "\"", "lt": "<", "gt": ">", "apos": "'"]
            if let character = named[String(name)] {
                output += character
            } else if name.hasPrefix("#"),
                let code = name.hasPrefix("#x")
                    ? UInt32(name.dropFirst(2), radix: 16)
                    : UInt32(name.dropFirst()), let scalar = Unicode.Scalar(code)
            {
                output.unicodeScalars.append(scalar)
            } else {
                output += "&"
                rest = rest.dropFirst()
                continue
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return output + rest
    }

    struct FormError: Error, CustomStringConvertible {
        var description: String
    }
}
