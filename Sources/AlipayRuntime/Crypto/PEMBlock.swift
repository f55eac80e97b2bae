import Foundation

/// One `-----BEGIN X-----`…`-----END X-----` block: its label and the DER bytes it armours.
///
/// Parsed by hand because Alipay's files use 64-column, 76-column and single-line base64, with LF or
/// CRLF, and strict PEM parsers reject all but the first.
package struct PEMBlock: Sendable, Hashable {
    package var label: String
    package var der: Data

    /// Every block in `text`, in order. Text outside blocks is ignored.
    /// - Returns: `nil` when a block is unterminated or its body is not base64.
    package static func blocks(in text: String) -> [PEMBlock]? {
        var blocks: [PEMBlock] = []
        var rest = text[...]
        while let begin = rest.range(of: "-----BEGIN ") {
            guard let labelEnd = rest[begin.upperBound...].range(of: "-----") else { return nil }
            let label = String(rest[begin.upperBound..<labelEnd.lowerBound])
            guard let end = rest[labelEnd.upperBound...].range(of: "-----END \(label)-----") else { return nil }
            guard let der = decodeBase64(rest[labelEnd.upperBound..<end.lowerBound]) else { return nil }
            blocks.append(PEMBlock(label: label, der: der))
            rest = rest[end.upperBound...]
        }
        return blocks
    }

    /// Whether `text` contains PEM armour at all.
    package static func isArmored(_ text: String) -> Bool {
        text.contains("-----BEGIN ")
    }

    /// Standard base64 with any whitespace (line breaks, CR, spaces) removed first.
    package static func decodeBase64(_ text: Substring) -> Data? {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        let compact =
            text.utf8.contains(where: isSpace)
            ? String(decoding: text.utf8.filter { !isSpace($0) }, as: UTF8.self) : String(text)
        guard !compact.isEmpty else { return nil }
        return Data(base64Encoded: compact)
    }
}
