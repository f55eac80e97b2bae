/// Builds query strings exactly as they are signed and sent.
package enum QueryString {
    /// `name=value` pairs joined by `&`, each side percent-encoded (RFC 3986 unreserved characters kept).
    package static func encode(_ items: [AlipayQueryItem]) -> String {
        PercentEncoding.unreserved.encode(items.lazy.map { (name: $0.name, value: $0.value) })
    }

    /// Every byte outside the RFC 3986 unreserved set as `%XX` (upper-case hex) of its UTF-8.
    package static func percentEncoded(_ text: String) -> String {
        PercentEncoding.unreserved.encode(text)
    }
}
