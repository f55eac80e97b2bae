import Foundation
import GenRender
import GenYAML
import Synchronization

/// Writes a run's files aside, from many threads at once, and moves them into the output folder
/// only when all of them were written.
///
/// A new (or empty) output folder is built whole in a hidden sibling folder and renamed into place.
/// Into an existing folder, files whose contents are unchanged are not touched, so a build has
/// nothing to recompile; changed files are written next to their place under a temporary name and
/// renamed at the end; files of the previous run's `.gen-manifest` that this run did not produce
/// are removed. On any error nothing in the output folder changes.
final class OutputStaging: Sendable {
    private let output: OutputFolder
    /// Set when the output folder is new: where the whole folder is built.
    private let freshFolder: String?
    private let state = Mutex(State())
    private let temporarySuffix = ".\(ProcessInfo.processInfo.processIdentifier).tmp"

    private struct State {
        var written: [String] = []
        var unchanged: [String] = []
        /// Temporary files of an existing output folder, with the paths they replace.
        var staged: [(temporary: String, final: String)] = []
        var folders: Set<String> = []
        /// Folders of an existing output folder that this run created, removed again on failure.
        var createdFolders: [String] = []
        var failure: String?
    }

    init(directory: URL) throws(DiagnosticError) {
        output = OutputFolder(directory: directory)
        let existing = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        guard existing?.isEmpty ?? true else {
            freshFolder = nil
            return
        }
        let parent = directory.deletingLastPathComponent()
        let fresh = parent.appendingPathComponent(
            ".\(directory.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).staging")
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: fresh)
            try FileManager.default.createDirectory(at: fresh, withIntermediateDirectories: false)
        } catch {
            throw DiagnosticError([.error("cannot create the output folder: \(error.localizedDescription)", at: nil)])
        }
        freshFolder = fresh.path
    }

    /// Writes `files` aside; safe to call from several threads. A failure is kept for `commit`.
    func stage(_ files: [RenderedFile]) {
        for file in files {
            stage(path: file.path, bytes: file.bytes)
        }
    }

    private func stage(path: String, bytes: [UInt8]) {
        if state.withLock({ $0.failure != nil }) { return }
        if freshFolder == nil, output.holds(path, bytes) {
            state.withLock {
                $0.unchanged.append(path)
            }
            return
        }
        // Plain string paths: building thousands of URLs costs more than writing the files. The
        // slash is found among the UTF-8 bytes, as the file system cuts a path: searching the characters
        // from the end walks grapheme boundaries backwards, thousands of instructions a path.
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let folder = slash.map { String(path[..<$0]) } ?? ""
        let name = slash.map { String(path[path.utf8.index(after: $0)...]) } ?? path
        let target: String
        if let freshFolder {
            target = freshFolder + "/" + path
        } else {
            target = output.path(folder) + "/." + name + temporarySuffix
        }
        do {
            try createFolder((freshFolder ?? output.directory.path) + (folder.isEmpty ? "" : "/" + folder))
            try FileWriting.write(bytes, to: target)
            state.withLock {
                $0.written.append(path)
                if freshFolder == nil {
                    $0.staged.append((target, output.path(path)))
                }
            }
        } catch {
            state.withLock {
                if $0.failure == nil { $0.failure = "cannot write \(path): \(error.localizedDescription)" }
            }
        }
    }

    private func createFolder(_ folder: String) throws {
        if state.withLock({ $0.folders.contains(folder) }) { return }
        var missing: [String] = []
        if freshFolder == nil {
            var candidate = folder
            while candidate.count > output.directory.path.count, !FileManager.default.fileExists(atPath: candidate) {
                missing.append(candidate)
                candidate = String(candidate[..<(candidate.lastIndex(of: "/") ?? candidate.startIndex)])
            }
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        state.withLock {
            $0.folders.insert(folder)
            $0.createdFolders += missing
        }
    }

    /// Moves every staged file into place, removes stale files and writes the manifest; or, if any
    /// file could not be written, removes what was staged and throws.
    func commit() throws(DiagnosticError) -> OutputFolder.Changes {
        let current = state.withLock { $0 }
        do throws(DiagnosticError) {
            if let failure = current.failure {
                throw DiagnosticError([.error("cannot write the output: \(failure)", at: nil)])
            }
            let produced = current.written + current.unchanged
            let manifest = produced.sorted().joined(separator: "\n") + "\n"
            var changes = OutputFolder.Changes(
                written: current.written.sorted(), unchanged: current.unchanged.sorted())
            if let freshFolder {
                try writeManifest(manifest, to: freshFolder + "/" + OutputFolder.manifestName)
                guard rename(freshFolder, output.directory.path) == 0 else {
                    throw DiagnosticError(
                        [.error("cannot move the output into \(output.directory.path) (errno \(errno))", at: nil)])
                }
                return changes
            }
            // Read the previous manifest before the new one replaces it.
            changes.removed = output.stalePaths(producing: Set(produced))
            var staged = current.staged
            if output.manifest() != manifest {
                let temporary = output.path("." + OutputFolder.manifestName + ".tmp")
                try writeManifest(manifest, to: temporary)
                staged.append((temporary, output.path(OutputFolder.manifestName)))
            }
            for file in staged where rename(file.temporary, file.final) != 0 {
                throw DiagnosticError([.error("cannot move \(file.final) into place (errno \(errno))", at: nil)])
            }
            for path in changes.removed {
                output.remove(path)
            }
            return changes
        } catch {
            discard(current)
            throw error
        }
    }

    /// Removes everything staged so far, leaving the output folder as it was; for a run that stops
    /// before `commit`.
    func discard() {
        discard(state.withLock { $0 })
    }

    private func writeManifest(_ manifest: String, to path: String) throws(DiagnosticError) {
        do {
            try FileWriting.write(manifest, to: path)
        } catch {
            throw DiagnosticError([.error("cannot write the manifest: \(error.localizedDescription)", at: nil)])
        }
    }

    private func discard(_ state: State) {
        if let freshFolder {
            try? FileManager.default.removeItem(atPath: freshFolder)
        }
        for file in state.staged {
            try? FileManager.default.removeItem(atPath: file.temporary)
        }
        // Deepest first; a folder another run filled meanwhile is not empty and stays.
        for folder in state.createdFolders.sorted(by: { $0.count > $1.count }) {
            if (try? FileManager.default.contentsOfDirectory(atPath: folder))?.isEmpty == true {
                try? FileManager.default.removeItem(atPath: folder)
            }
        }
    }
}
