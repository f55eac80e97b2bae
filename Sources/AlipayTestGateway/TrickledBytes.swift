import FlyingSocks
import Foundation

/// Bytes handed out one at a time, each after a pause: the body of a `.trickle` answer.
///
/// The server writes each byte as it comes, and with `TCP_NODELAY` each goes out at once, so the
/// client sees a steady trickle rather than a silence its idle timeout would catch.
struct TrickledBytes: AsyncBufferedSequence {
    typealias Element = UInt8

    let bytes: Data
    let interval: Duration

    func makeAsyncIterator() -> Iterator {
        Iterator(remaining: bytes[...], interval: interval)
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var remaining: Data.SubSequence
        let interval: Duration

        mutating func next() async throws -> UInt8? {
            try await nextBuffer(suggested: 1)?.first
        }

        /// One byte, after `interval`; cancelled (the gateway stopping) it ends the body with an error.
        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            guard let byte = remaining.first else { return nil }
            try await Task.sleep(for: interval)
            remaining = remaining.dropFirst()
            return [byte]
        }
    }
}
