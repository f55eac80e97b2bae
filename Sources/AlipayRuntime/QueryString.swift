/// Builds query strings exactly as they are signed and sent.
package enum QueryString {
    private static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)

    /// `name=value` pairs joined by `&`, each side percent-encoded (RFC 3986 unreserved characters kept).
    package static func encode(_ items: [AlipayQueryItem]) -> String {
        items.map { "\(percentEncoded($0.name))=\(percentEncoded($0.value))" }.joined(separator: "&")
    }

    /// Every byte outside the RFC 3986 unreserved set as `%XX` (upper-case hex) of its UTF-8.
    package static func percentEncoded(_ text: String) -> String {
        var encoded = ""
        encoded.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if unreserved.contains(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + String(byte, radix: 16, uppercase: true).zeroPadded(to: 2)
            }
        }
        return encoded
    }
}
