import Foundation
import GenRender

/// The output folder as it is before a run: its files and the manifest of the previous run.
struct OutputFolder: Sendable {
    static let manifestName = ".gen-manifest"

    let directory: URL

    /// What a run changes in the folder, or would change.
    struct Changes: Equatable {
        var written: [String] = []
        var unchanged: [String] = []
        var removed: [String] = []
    }

    /// What writing `files` would change, without writing anything.
    func plan(_ files: [RenderedFile]) -> Changes {
        var changes = Changes()
        for file in files {
            if holds(file.path, file.bytes) {
                changes.unchanged.append(file.path)
            } else {
                changes.written.append(file.path)
            }
        }
        changes.removed = stalePaths(producing: Set(files.map(\.path)))
        return changes
    }

    /// Whether the file at `path` exists with exactly `bytes`.
    func holds(_ path: String, _ bytes: [UInt8]) -> Bool {
        guard let existing = FileManager.default.contents(atPath: self.path(path)), existing.count == bytes.count else {
            return false
        }
        // One memcmp: comparing as sequences goes byte by byte through Data's iterator.
        return existing.withUnsafeBytes { stored in
            bytes.withUnsafeBytes { rendered in
                rendered.isEmpty || memcmp(stored.baseAddress!, rendered.baseAddress!, rendered.count) == 0
            }
        }
    }

    /// Files the previous run wrote that a run producing `produced` would remove.
    func stalePaths(producing produced: Set<String>) -> [String] {
        guard let text = manifest() else { return [] }
        return text.split(separator: "\n").map(String.init)
            .filter { !$0.isEmpty && !$0.hasPrefix("/") && !$0.contains("..") }
            .filter { !produced.contains($0) && FileManager.default.fileExists(atPath: url($0).path) }
            .sorted()
    }

    func manifest() -> String? {
        try? String(contentsOf: url(Self.manifestName), encoding: .utf8)
    }

    /// Removes the file at `path` and the folders it leaves empty.
    func remove(_ path: String) {
        try? FileManager.default.removeItem(at: url(path))
        var folder = url(path).deletingLastPathComponent()
        while folder.path.count > directory.path.count,
            let contents = try? FileManager.default.contentsOfDirectory(atPath: folder.path), contents.isEmpty
        {
            try? FileManager.default.removeItem(at: folder)
            folder = folder.deletingLastPathComponent()
        }
    }

    func url(_ path: String) -> URL {
        directory.appendingPathComponent(path)
    }

    /// The file system path of `path`, a path below the folder ("" for the folder itself).
    func path(_ path: String) -> String {
        path.isEmpty ? directory.path : directory.path + "/" + path
    }
}
