import Foundation
import GenRender
import GenYAML

/// Puts rendered files into the output folder, or compares them with it.
///
/// Files whose contents are unchanged are not touched, so a build has nothing to recompile.
/// Files that the previous run wrote and this one does not are removed; the list of files a run
/// wrote is kept in `.gen-manifest`. New contents are written to temporary files first and moved
/// into place only when all of them were written.
struct OutputWriter {
    static let manifestName = ".gen-manifest"

    let directory: URL

    struct Changes: Equatable {
        var written: [String] = []
        var unchanged: [String] = []
        var removed: [String] = []
    }

    /// What writing `files` would change, without writing anything.
    func plan(_ files: [RenderedFile]) -> Changes {
        var changes = Changes()
        let produced = Set(files.map(\.path))
        for file in files {
            if let existing = try? Data(contentsOf: url(file.path)), existing == Data(file.contents.utf8) {
                changes.unchanged.append(file.path)
            } else {
                changes.written.append(file.path)
            }
        }
        changes.removed = previousManifest().filter { !produced.contains($0) && exists($0) }.sorted()
        return changes
    }

    /// Writes `files`; throws without changing the folder if any file cannot be written.
    func write(_ files: [RenderedFile]) throws(DiagnosticError) -> Changes {
        let changes = plan(files)
        let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var staged: [(temporary: URL, final: URL)] = []
        let manifest = files.map(\.path).sorted().joined(separator: "\n") + "\n"
        var pending = changes.written.map { ($0, byPath[$0]!.contents) }
        if (try? String(contentsOf: url(Self.manifestName), encoding: .utf8)) != manifest {
            pending.append((Self.manifestName, manifest))
        }
        let suffix = ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        var folders: Set<URL> = []
        do {
            for (path, contents) in pending {
                let final = url(path)
                let folder = final.deletingLastPathComponent()
                if folders.insert(folder).inserted {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                }
                let temporary = folder.appendingPathComponent("." + final.lastPathComponent + suffix)
                try Self.writeFile(temporary.path, contents)
                staged.append((temporary, final))
            }
        } catch {
            for file in staged {
                try? FileManager.default.removeItem(at: file.temporary)
            }
            throw DiagnosticError([.error("cannot write the output: \(error.localizedDescription)", at: nil)])
        }
        for file in staged {
            if rename(file.temporary.path, file.final.path) != 0 {
                throw DiagnosticError([.error("cannot move \(file.final.path) into place (errno \(errno))", at: nil)])
            }
        }
        for path in changes.removed {
            try? FileManager.default.removeItem(at: url(path))
            removeEmptyFolders(above: url(path))
        }
        return changes
    }

    /// Writes `contents` with plain POSIX calls. `Data.write(to:)` syncs every file to disk, which
    /// costs seconds over thousands of files and buys nothing here: files are renamed into place only
    /// after all of them were written.
    private static func writeFile(_ path: String, _ contents: String) throws {
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

    private func url(_ path: String) -> URL {
        directory.appendingPathComponent(path)
    }

    private func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url(path).path)
    }

    private func previousManifest() -> [String] {
        guard let text = try? String(contentsOf: url(Self.manifestName), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init).filter {
            !$0.isEmpty && !$0.hasPrefix("/") && !$0.contains("..")
        }
    }

    private func removeEmptyFolders(above file: URL) {
        var folder = file.deletingLastPathComponent()
        while folder.path.count > directory.path.count,
            let contents = try? FileManager.default.contentsOfDirectory(atPath: folder.path), contents.isEmpty
        {
            try? FileManager.default.removeItem(at: folder)
            folder = folder.deletingLastPathComponent()
        }
    }
}

/// `write(2)`, named apart from `OutputWriter.write(_:)`.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
