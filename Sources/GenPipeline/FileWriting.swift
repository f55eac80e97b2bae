import Foundation

/// Writes files with plain POSIX calls. `Data.write(to:)` syncs every file to disk, which costs
/// seconds over thousands of files and buys nothing here: files are moved into place only after all
/// of them were written.
enum FileWriting {
    /// A failed system call, described by the system's message for its error number.
    struct Failure: Error, LocalizedError {
        let code: Int32

        var errorDescription: String? { String(cString: strerror(code)) }
    }

    static func write(_ contents: String, to path: String) throws {
        var contents = contents
        try contents.withUTF8 { try write(UnsafeRawBufferPointer($0), to: path) }
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        try bytes.withUnsafeBytes { try write($0, to: path) }
    }

    private static func write(_ buffer: UnsafeRawBufferPointer, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw Failure(code: errno)
        }
        defer { close(descriptor) }
        var offset = 0
        while offset < buffer.count {
            let written = writeBytes(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            guard written > 0 else {
                throw Failure(code: errno)
            }
            offset += written
        }
    }
}

/// `write(2)`, named apart from `FileWriting`'s own `write`.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
