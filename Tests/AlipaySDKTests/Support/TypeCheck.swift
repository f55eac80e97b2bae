import Foundation

/// Type-checks a Swift file against the modules this test bundle was built with, as a user's program
/// that imports them would be.
enum TypeCheck {
    /// The build folder's `Modules`, beside the test bundle.
    static var modules: URL {
        var directory = Bundle.main.bundleURL
        if directory.pathExtension == "xctest" {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("Modules")
    }

    /// Runs `swiftc -typecheck` on `source`; returns its exit status and what it printed.
    ///
    /// The compiler runs for seconds: the call waits for it without holding a thread, so that suites
    /// running meanwhile (deadlines, timers) are not starved of the few threads Swift concurrency has.
    static func run(_ source: String) async throws -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("typecheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("main.swift")
        try source.write(to: file, atomically: true, encoding: .utf8)
        return try await swiftc(
            ["-typecheck", "-I", modules.path, file.path], log: folder.appendingPathComponent("output.txt"))
    }

    /// Compiles `files` as one library module up to SIL, so that the compiler's checks of definite
    /// initialization and returns run too, in Swift 6 mode with warnings as errors; no code is written.
    static func compile(_ files: [URL], moduleName: String) async throws -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("compile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let flags = [
            "-emit-sil", "-wmo", "-Onone", "-parse-as-library", "-swift-version", "6", "-warnings-as-errors",
            "-module-name", moduleName, "-I", modules.path, "-o", "/dev/null",
        ]
        return try await swiftc(flags + files.map(\.path), log: folder.appendingPathComponent("output.txt"))
    }

    private static func swiftc(_ arguments: [String], log: URL) async throws -> (status: Int32, output: String) {
        try Data().write(to: log)
        let output = try FileHandle(forWritingTo: log)
        defer { try? output.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swiftc"] + arguments
        process.standardOutput = output
        process.standardError = output
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        return (status, try String(contentsOf: log, encoding: .utf8))
    }
}
