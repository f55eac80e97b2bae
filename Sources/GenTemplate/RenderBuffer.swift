/// The UTF-8 of one render as it grows, in memory of its own.
///
/// A render appends a piece for every text and tag, most of them a few bytes long.
/// `Array.append(contentsOf:)` costs about a hundred instructions a call whatever the length; this
/// costs a capacity check and a copy. The finished render is copied out once.
///
/// Copies share the memory, so the one owner frees it once, with ``free()``.
struct RenderBuffer {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    /// An empty buffer with room for `capacity` bytes before it first grows.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    /// Whether the last byte appended is a line feed; `false` while nothing is.
    var endsWithNewline: Bool {
        count > 0 && base[count - 1] == UInt8(ascii: "\n")
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity {
            grow(toHold: count + bytes.count)
        }
        (base + count).initialize(from: start, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ byte: UInt8) {
        if count == capacity {
            grow(toHold: count + 1)
        }
        base[count] = byte
        count += 1
    }

    /// Appends the UTF-8 of `text`.
    mutating func append(_ text: String) {
        let appended: Void? = text.utf8.withContiguousStorageIfAvailable { append($0) }
        if appended == nil {
            var contiguous = text
            contiguous.withUTF8 { append($0) }
        }
    }

    /// Appends the bytes to the end of `array`.
    func copy(to array: inout [UInt8]) {
        array.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
    }

    /// Gives the memory back; the buffer, and every copy of it, must not be used again.
    func free() {
        base.deallocate()
    }

    private mutating func grow(toHold needed: Int) {
        let larger = max(2 * capacity, needed)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }
}
