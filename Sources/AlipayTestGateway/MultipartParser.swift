import AlipayRuntime
import Foundation

/// Splits a `multipart/form-data` body into named parts.
enum MultipartParser {
    struct Part {
        var name: String
        var fileName: String?
        var contentType: String?
        var body: Data
    }

    /// The boundary parameter of a `multipart/form-data` content type.
    static func boundary(ofContentType contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else {
                continue
            }
            return pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    /// The parts, or `nil` when the body is not a well-formed form with this boundary.
    static func parts(of body: Data, boundary: String) -> [Part]? {
        let bytes = [UInt8](body)
        let delimiter = [UInt8]("--\(boundary)".utf8)
        let separator = [UInt8]("\r\n\r\n".utf8)
        guard var cursor = find(delimiter, in: bytes, from: 0) else { return nil }
        var parts: [Part] = []
        while true {
            cursor += delimiter.count
            if bytes[cursor...].starts(with: [UInt8]("--".utf8)) { return parts }
            guard bytes[cursor...].starts(with: [0x0D, 0x0A]) else { return nil }
            cursor += 2
            guard let headerEnd = find(separator, in: bytes, from: cursor),
                let next = find([0x0D, 0x0A] + delimiter, in: bytes, from: headerEnd)
            else { return nil }
            let headerText = String(decoding: bytes[cursor..<headerEnd], as: UTF8.self)
            guard var part = parseHeaders(headerText) else { return nil }
            part.body = Data(bytes[(headerEnd + separator.count)..<next])
            parts.append(part)
            cursor = next + 2
        }
    }

    private static func parseHeaders(_ text: String) -> Part? {
        var part = Part(name: "", body: Data())
        for line in text.components(separatedBy: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let value = pair[1].trimmingCharacters(in: .whitespaces)
            switch pair[0].trimmingCharacters(in: .whitespaces).lowercased() {
            case "content-disposition":
                for item in value.split(separator: ";").dropFirst() {
                    let field = item.split(separator: "=", maxSplits: 1)
                    guard field.count == 2 else { continue }
                    let fieldValue = unquoted(field[1].trimmingCharacters(in: .whitespaces))
                    switch field[0].trimmingCharacters(in: .whitespaces) {
                    case "name": part.name = fieldValue
                    case "filename": part.fileName = fieldValue
                    default: break
                    }
                }
            case "content-type":
                part.contentType = value
            default:
                break
            }
        }
        return part.name.isEmpty ? nil : part
    }

    private static func unquoted(_ text: String) -> String {
        var value = text
        if value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 {
            value = String(value.dropFirst().dropLast())
        }
        return value.replacingOccurrences(of: "%22", with: "\"")
            .replacingOccurrences(of: "%0D", with: "\r")
            .replacingOccurrences(of: "%0A", with: "\n")
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else {
            return nil
        }
        let first = needle[0]
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
