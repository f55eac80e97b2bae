/// `application/x-www-form-urlencoded` as the v2 gateway and Alipay's mobile SDK read it.
///
/// Encoding follows Java's `URLEncoder` (UTF-8): letters, digits and `.-*_` stay, a space becomes
/// `+`, every other byte `%XX` with upper-case hex. Decoding accepts any such encoding.
package enum FormEncoding {
    /// `name=value` pairs, each side encoded, joined by `&`, in the order given.
    package static func encode(_ pairs: [(name: String, value: String)]) -> String {
        PercentEncoding.form.encode(pairs)
    }

    /// One encoded value: `+` is a space and `%XX` a byte; `nil` for a malformed escape or bytes
    /// that are not UTF-8.
    package static func decode(_ text: Substring) -> String? {
        var text = text
        return text.withUTF8 { decode($0, 0..<$0.count) }
    }

    /// The bytes of `range` of the UTF-8 text `bytes`, decoded. `range` starts and ends at ASCII
    /// bytes or the ends of `bytes`, so a range without `+` or `%` is valid UTF-8 as it is.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        var first = range.lowerBound
        while first < range.upperBound, bytes[first] != UInt8(ascii: "+"), bytes[first] != UInt8(ascii: "%") {
            first += 1
        }
        guard first < range.upperBound else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(range.count)
        decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<first]))
        var index = first
        while index < range.upperBound {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "+"):
                decoded.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard index + 2 < range.upperBound, let high = hexValue(bytes[index + 1]),
                    let low = hexValue(bytes[index + 2])
                else { return nil }
                decoded.append(high << 4 | low)
                index += 2
            default:
                decoded.append(byte)
            }
            index += 1
        }
        return String(validating: decoded, as: UTF8.self)
    }

    /// A whole form body as name-value pairs in order; `nil` when any part is malformed. `&` and `=`
    /// separate as bytes, whatever characters follow them.
    package static func decodePairs(_ body: String) -> [(name: String, value: String)]? {
        var pairs: [(name: String, value: String)] = []
        let malformed = forEachPair(in: body) { name, value in
            pairs.append((name, value))
            return true
        }
        return malformed == nil ? pairs : nil
    }

    /// Decodes a form body part by part, in one pass over its bytes, and hands each `name=value`
    /// pair to `receive` (a part without `=` is a name with an empty value; empty parts are skipped)
    /// until it returns `false`.
    /// - Returns: the number, from 1, of the first part that does not decode; `nil` if none.
    package static func forEachPair(in body: String, _ receive: (String, String) -> Bool) -> Int? {
        var body = body
        return body.withUTF8 { bytes -> Int? in
            var part = 0
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "&") { end += 1 }
                if end > start {
                    part += 1
                    var equals = start
                    while equals < end, bytes[equals] != UInt8(ascii: "=") { equals += 1 }
                    guard let name = decode(bytes, start..<equals),
                        let value = decode(bytes, min(equals + 1, end)..<end)
                    else { return part }
                    if !receive(name, value) { return nil }
                }
                start = end + 1
            }
            return nil
        }
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
