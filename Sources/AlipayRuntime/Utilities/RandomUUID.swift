/// Random (version 4) UUIDs as lower-case text, for nonces, request ids and multipart boundaries.
///
/// Drawn from the system's generator (`getrandom` on Linux): Foundation's `UUID()` opens, reads and
/// closes `/dev/urandom` for each one there, three system calls and a file descriptor for every
/// nonce.
enum RandomUUID {
    /// A fresh UUID, `xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx` in lower case.
    static func lowercased() -> String {
        var generator = SystemRandomNumberGenerator()
        // The 16 bytes, big-endian: the version (4) in the high nibble of byte 6, the variant (10)
        // in the top bits of byte 8.
        let high = (generator.next() as UInt64) & 0xFFFF_FFFF_FFFF_0FFF | 0x0000_0000_0000_4000
        let low = (generator.next() as UInt64) & 0x3FFF_FFFF_FFFF_FFFF | 0x8000_0000_0000_0000
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 36) { buffer in
            var position = 0
            for (index, half) in [high, low].enumerated() {
                for nibble in 0..<16 {
                    let digit = 16 * index + nibble
                    if digit == 8 || digit == 12 || digit == 16 || digit == 20 {
                        buffer[position] = UInt8(ascii: "-")
                        position += 1
                    }
                    buffer[position] = digits[Int(half >> UInt64(60 - 4 * nibble) & 0xF)]
                    position += 1
                }
            }
            return position
        }
    }
}
