import Foundation

/// Writes files with plain POSIX calls. `Data.write(to:)` syncs every file to disk, which costs
/// seconds over thousands of files and buys nothing here: files are moved into place only after all
/// of them were written.
enum FileWriting {
    static func write(_ contents: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, "errno": errno])
        }
        defer { close(descriptor) }
        var bytes = contents
        try bytes.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = writeBytes(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                guard written > 0 else {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, "errno": errno])
                }
                offset += written
            }
        }
    }
}

/// `write(2)`, named apart from `FileWriting.write(_:to:)`.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
