/// Keeps values alive until the process exits, for a run whose process ends right after it.
enum MemoryKeeper {
    private final class Box<Value: Sendable>: Sendable {
        let value: Value

        init(_ value: Value) {
            self.value = value
        }
    }

    /// Retains `value` for good: it is never freed.
    static func keep<Value: Sendable>(_ value: Value) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
