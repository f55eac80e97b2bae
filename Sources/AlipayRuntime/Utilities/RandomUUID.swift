/// Random (version 4) UUIDs as lower-case text, for nonces, request ids and multipart boundaries.
///
/// Drawn from the system's generator (`getrandom` on Linux): Foundation's `UUID()` opens, reads and
/// closes `/dev/urandom` for each one there, three system calls and a file descriptor for every
/// nonce.
enum RandomUUID {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A fresh UUID, `xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx` in lower case.
    static func lowercased() -> String {
        var generator = SystemRandomNumberGenerator()
        // The 16 bytes, big-endian: the version (4) in the high nibble of byte 6, the variant (10)
        // in the top bits of byte 8.
        let high = (generator.next() as UInt64) & 0xFFFF_FFFF_FFFF_0FFF | 0x0000_0000_0000_4000
        let low = (generator.next() as UInt64) & 0x3FFF_FFFF_FFFF_FFFF | 0x8000_0000_0000_0000
        return String(unsafeUninitializedCapacity: 36) { buffer in
            var position = 0
            for digit in 0..<32 {
                if digit == 8 || digit == 12 || digit == 16 || digit == 20 {
                    buffer[position] = UInt8(ascii: "-")
                    position += 1
                }
                let half = digit < 16 ? high : low
                buffer[position] = hexDigits[Int(half >> UInt64(60 - 4 * (digit % 16)) & 0xF)]
                position += 1
            }
            return position
        }
    }
}
