import Foundation
import Logging

/// A `Logger` whose handler keeps every entry, for tests that read what was logged.
final class LogCollector: @unchecked Sendable {
    /// One entry: its level, message and metadata, and the whole of it as one line of text.
    struct Entry: Sendable {
        var level: Logger.Level
        var message: String
        var metadata: [String: String]

        var line: String {
            ([message] + metadata.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: " ")
        }
    }

    private let lock = NSLock()
    private var entries: [Entry] = []

    /// A logger at `trace` level that writes here.
    var logger: Logger {
        var logger = Logger(label: "alipay-test") { _ in Handler(collector: self) }
        logger.logLevel = .trace
        return logger
    }

    /// The entries logged since the last call, oldest first.
    func drain() -> [Entry] {
        lock.withLock {
            defer { entries = [] }
            return entries
        }
    }

    private func append(_ entry: Entry) {
        lock.withLock { entries.append(entry) }
    }

    private struct Handler: LogHandler {
        let collector: LogCollector
        var metadata: Logger.Metadata = [:]
        var metadataProvider: Logger.MetadataProvider?
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            collector.append(
                Entry(
                    level: event.level, message: "\(event.message)",
                    metadata: all.mapValues { "\($0)" }))
        }
    }
}
