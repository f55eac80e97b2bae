/// Remembers the Swift names made from spec names: Alipay's schemas repeat the same property names
/// and enum values thousands of times, and making a name allocates.
///
/// Only ASCII names are looked up and remembered. String keys compare by canonical equivalence, so
/// two spellings of a non-ASCII name would share one entry and the second would get the first one's bytes.
struct NameCache {
    private var members: [String: String] = [:]
    private var upperCamels: [String: String] = [:]

    /// `Identifiers.member(wireName)`.
    mutating func member(_ wireName: String) -> String {
        Self.cached(wireName, in: &members, making: Identifiers.member)
    }

    /// `Words.upperCamel(text)`.
    mutating func upperCamel(_ text: String) -> String {
        Self.cached(text, in: &upperCamels, making: Words.upperCamel)
    }

    private static func cached(
        _ key: String, in cache: inout [String: String], making make: (String) -> String
    ) -> String {
        guard key.utf8.allSatisfy({ $0 < 0x80 }) else {
            return make(key)
        }
        if let name = cache[key] {
            return name
        }
        let name = make(key)
        cache[key] = name
        return name
    }
}
