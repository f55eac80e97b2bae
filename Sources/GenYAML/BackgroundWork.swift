import Foundation
import Synchronization

/// Work done on a thread of its own while the caller goes on; `result()` waits for it.
///
/// A thread rather than a pool's worker: the caller blocks in `result()`, and a pool whose workers
/// all wait that way could never run the work they wait for.
public final class BackgroundWork<Value: Sendable>: Sendable {
    private let outcome = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// The stack of the thread: as large as a main thread's usually is, for work that recurses into
    /// deeply nested specs as it would on the main thread.
    private static var stackSize: Int { 8 << 20 }

    /// Starts `work` at once.
    public init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let value = work()
            outcome.withLock { $0 = value }
            done.signal()
        }
        thread.stackSize = Self.stackSize
        thread.start()
    }

    /// The work's value, once it is done.
    public func result() -> Value {
        done.wait()
        return outcome.withLock { $0! }
    }
}
