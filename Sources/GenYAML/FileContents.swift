#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of a spec file, read whole.
enum FileContents {
    private static let chunkSize = 1 << 16

    /// Reads every byte of the file at `path`; failure is a diagnostic naming the path and the reason.
    static func load(_ path: String) throws(DiagnosticError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw failure(path, errno)
        }
        defer { close(descriptor) }

        var bytes: [UInt8] = []
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_size > 0 {
            bytes.reserveCapacity(Int(status.st_size) + 1)
        }
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunkSize) }
            if count == 0 {
                return bytes
            }
            if count < 0 {
                if errno == EINTR {
                    continue
                }
                throw failure(path, errno)
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    private static func failure(_ path: String, _ code: Int32) -> DiagnosticError {
        let reason = String(cString: strerror(code))
        return DiagnosticError([.error("cannot read '\(path)': \(reason)", at: nil)])
    }
}
