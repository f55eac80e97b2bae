/// Remembers the member names made from spec names: Alipay's schemas repeat the same property names
/// and enum values thousands of times, and making a name allocates.
///
/// Only ASCII names are looked up and remembered. String keys compare by canonical equivalence, so
/// two spellings of a non-ASCII name would share one entry and the second would get the first one's bytes.
struct NameCache {
    private var members: [String: String] = [:]

    /// `Identifiers.member(wireName)`.
    mutating func member(_ wireName: String) -> String {
        guard wireName.utf8.allSatisfy({ $0 < 0x80 }) else {
            return Identifiers.member(wireName)
        }
        if let name = members[wireName] {
            return name
        }
        let name = Identifiers.member(wireName)
        members[wireName] = name
        return name
    }
}
