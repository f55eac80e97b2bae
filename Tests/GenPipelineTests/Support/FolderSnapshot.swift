import Foundation

/// Every file below a folder with its bytes, for comparing folders exactly.
struct FolderSnapshot: Equatable {
    var files: [String: Data]

    init(_ root: URL) {
        var files: [String: Data] = [:]
        let prefix = root.standardizedFileURL.path + "/"
        if let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in enumerator {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
                let path = url.standardizedFileURL.path
                files[String(path.dropFirst(prefix.count))] = try? Data(contentsOf: url)
            }
        }
        self.files = files
    }

    /// Paths that differ between the two snapshots: changed, missing or extra.
    func differences(from other: FolderSnapshot) -> [String] {
        Set(files.keys).union(other.files.keys).filter { files[$0] != other.files[$0] }.sorted()
    }
}

/// Runs a program and collects what it printed.
struct ProcessResult {
    var status: Int32
    var standardOutput: String
    var standardError: String

    static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil) throws -> ProcessResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory {
            process.currentDirectoryURL = directory
        }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Both pipes are drained at once: a child that fills one while the other is being read would
        // wait forever (a `--check` of a large SDK prints a line per differing file).
        let errorData = ReadData()
        let errorHandle = error.fileHandleForReading
        let errorRead = DispatchSemaphore(value: 0)
        Thread {
            errorData.bytes = errorHandle.readDataToEndOfFile()
            errorRead.signal()
        }.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        errorRead.wait()
        return ProcessResult(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData.bytes, as: UTF8.self))
    }

    /// Runs a program and waits for it without holding a thread: a compiler runs for seconds, and the
    /// deadlines of suites running meanwhile need the few threads Swift concurrency has. What it
    /// prints goes to files, so no pipe fills up.
    ///
    /// A program still running after `timeLimit` is terminated, and its status is that of a terminated
    /// process (not 0).
    static func finished(
        _ executable: URL, _ arguments: [String], timeLimit: Duration? = nil
    ) async throws -> ProcessResult {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("process-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputFile = folder.appendingPathComponent("stdout")
        let errorFile = folder.appendingPathComponent("stderr")
        try Data().write(to: outputFile)
        try Data().write(to: errorFile)
        let output = try FileHandle(forWritingTo: outputFile)
        defer { try? output.close() }
        let error = try FileHandle(forWritingTo: errorFile)
        defer { try? error.close() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = error
        let running = RunningProcess(process)
        let timer = timeLimit.map { limit in
            Task {
                try await Task.sleep(for: limit)
                running.terminate()
            }
        }
        defer { timer?.cancel() }
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        return ProcessResult(
            status: status,
            standardOutput: try String(contentsOf: outputFile, encoding: .utf8),
            standardError: try String(contentsOf: errorFile, encoding: .utf8))
    }
}

/// A process that a time limit may end from another task.
private final class RunningProcess: @unchecked Sendable {
    private let process: Process

    init(_ process: Process) {
        self.process = process
    }

    func terminate() {
        if process.isRunning {
            process.terminate()
        }
    }
}

/// Bytes one thread reads and another takes after it signals that it is done.
private final class ReadData: @unchecked Sendable {
    var bytes = Data()
}

/// A unified diff of two files, for readable snapshot failures.
func unifiedDiff(_ expected: URL, _ actual: URL) -> String {
    guard
        let result = try? ProcessResult.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["git", "diff", "--no-index", "--no-color", expected.path, actual.path])
    else { return "(no diff available)" }
    let diff = result.standardOutput
    return diff.count > 6000 ? String(diff.prefix(6000)) + "\n[diff cut at 6000 characters]" : diff
}
