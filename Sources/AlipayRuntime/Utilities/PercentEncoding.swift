/// Percent-encoding of UTF-8 text: the bytes of a kept set stay as they are, every other byte becomes
/// `%XX` with upper-case hex. One value for each place the protocols encode text.
package struct PercentEncoding: Sendable {
    /// RFC 3986 unreserved characters kept: letters, digits and `-._~`. v3 query strings, as signed.
    package static let unreserved = PercentEncoding(keeping: "-._~")
    /// One path segment: the unreserved characters, the sub-delimiters, `:` and `@` kept.
    package static let pathSegment = PercentEncoding(keeping: "-._~!$&'()*+,;=:@")
    /// `application/x-www-form-urlencoded` as Java's `URLEncoder` writes it, which the v2 gateway and
    /// Alipay's mobile SDK read: letters, digits and `.-*_` kept, a space as `+`.
    package static let form = PercentEncoding(keeping: ".-*_", spaceAsPlus: true)

    /// Whether each byte stays as it is, by value.
    private let kept: [Bool]
    private let spaceAsPlus: Bool
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Letters and digits, the ASCII characters of `punctuation`, and nothing else, kept.
    private init(keeping punctuation: String, spaceAsPlus: Bool = false) {
        let punctuation = Set(punctuation.utf8)
        kept = (0..<256).map { value in
            let byte = UInt8(value)
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                return true
            default:
                return punctuation.contains(byte)
            }
        }
        self.spaceAsPlus = spaceAsPlus
    }

    /// `text`, encoded.
    package func encode(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 3)
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `name=value` pairs, each side encoded, joined by `&`, in the order given.
    package func encode(_ pairs: some Sequence<(name: String, value: String)>) -> String {
        var bytes: [UInt8] = []
        for (index, pair) in pairs.enumerated() {
            if index > 0 {
                bytes.append(UInt8(ascii: "&"))
            }
            append(pair.name, to: &bytes)
            bytes.append(UInt8(ascii: "="))
            append(pair.value, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` to `bytes`, encoded; runs of kept bytes are copied at once.
    package func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                if kept[Int(byte)] { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                if spaceAsPlus, byte == UInt8(ascii: " ") {
                    bytes.append(UInt8(ascii: "+"))
                } else {
                    bytes.append(UInt8(ascii: "%"))
                    bytes.append(Self.hexDigits[Int(byte >> 4)])
                    bytes.append(Self.hexDigits[Int(byte & 0x0F)])
                }
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
    }
}
