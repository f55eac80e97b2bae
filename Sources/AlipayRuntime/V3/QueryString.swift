/// Builds query strings exactly as they are signed and sent.
package enum QueryString {
    /// `name=value` pairs joined by `&`, each side percent-encoded (RFC 3986 unreserved characters kept).
    package static func encode(_ items: [AlipayQueryItem]) -> String {
        PercentEncoding.unreserved.encode(items.lazy.map { (name: $0.name, value: $0.value) })
    }
}
