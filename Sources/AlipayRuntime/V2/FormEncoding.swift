/// `application/x-www-form-urlencoded` as the v2 gateway and Alipay's mobile SDK read it.
///
/// Encoding follows Java's `URLEncoder` (UTF-8): letters, digits and `.-*_` stay, a space becomes
/// `+`, every other byte `%XX` with upper-case hex. Decoding accepts any such encoding.
package enum FormEncoding {
    private static let kept: [Bool] = (0..<256).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "*"),
            UInt8(ascii: "_"):
            true
        default:
            false
        }
    }
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// One value (or name), encoded.
    package static func encode(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if kept[Int(byte)] {
                bytes.append(byte)
            } else if byte == UInt8(ascii: " ") {
                bytes.append(UInt8(ascii: "+"))
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `name=value` pairs, each side encoded, joined by `&`, in the order given.
    package static func encode(_ pairs: [(name: String, value: String)]) -> String {
        pairs.map { encode($0.name) + "=" + encode($0.value) }.joined(separator: "&")
    }

    /// One encoded value: `+` is a space and `%XX` a byte; `nil` for a malformed escape or bytes
    /// that are not UTF-8.
    package static func decode(_ text: Substring) -> String? {
        decode(bytes: text.utf8[...])
    }

    private static func decode(bytes text: Substring.UTF8View.SubSequence) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        var iterator = text.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"):
                bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    return nil
                }
                bytes.append(high << 4 | low)
            default:
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// A whole form body as name-value pairs in order; `nil` when any part is malformed. `&` and `=`
    /// separate as bytes, whatever characters follow them.
    package static func decodePairs(_ body: String) -> [(name: String, value: String)]? {
        var pairs: [(name: String, value: String)] = []
        let utf8 = Substring(body).utf8
        for pair in utf8.split(separator: UInt8(ascii: "&")) {
            guard let decoded = decodePair(pair) else { return nil }
            pairs.append(decoded)
        }
        return pairs
    }

    /// One `name=value` part of a form body (a part without `=` is a name with an empty value);
    /// `nil` when either side is malformed.
    package static func decodePair(_ pair: Substring.UTF8View.SubSequence) -> (name: String, value: String)? {
        let equals = pair.firstIndex(of: UInt8(ascii: "="))
        guard let name = decode(bytes: pair[..<(equals ?? pair.endIndex)]),
            let value = decode(bytes: equals.map { pair[pair.index(after: $0)...] } ?? pair[pair.endIndex...])
        else { return nil }
        return (name, value)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
