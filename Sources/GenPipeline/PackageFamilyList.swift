import Foundation
import GenYAML

/// The list of API families in the package manifest, which the manifest turns into one library per
/// family. It stands between two marker lines; gen rewrites what is between them and nothing else.
struct PackageFamilyList {
    static let begin = "// gen: families begin"
    static let end = "// gen: families end"

    /// The manifest's path.
    let path: String

    /// The manifest beside the output folder (`Generated/` -> `Package.swift`).
    static func besideOutput(_ output: String) -> PackageFamilyList {
        let folder = ((output.hasSuffix("/") ? String(output.dropLast()) : output) as NSString)
            .deletingLastPathComponent
        return PackageFamilyList(path: folder.isEmpty ? "Package.swift" : folder + "/Package.swift")
    }

    /// The manifest with `list` between the markers, and whether that changes it; `nil` when the
    /// manifest does not exist. A manifest without both markers, in order, is an error.
    func update(with list: String) throws(DiagnosticError) -> (text: String, changed: Bool)? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard let current = String(data: data, encoding: .utf8) else {
            throw DiagnosticError([.error("the package manifest is not UTF-8", at: location(line: 1))])
        }
        var lines = current.components(separatedBy: "\n")
        guard let first = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == Self.begin }),
            let last = lines[first...].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == Self.end })
        else {
            throw DiagnosticError([
                .error(
                    "the package manifest has no '\(Self.begin)' line followed by an '\(Self.end)' line; "
                        + "gen writes the list of API families between them", at: location(line: 1))
            ])
        }
        var block = list.components(separatedBy: "\n")
        if block.last == "" {
            block.removeLast()
        }
        lines.replaceSubrange((first + 1)..<last, with: block)
        let updated = lines.joined(separator: "\n")
        return (updated, updated != current)
    }

    /// Writes `text` over the manifest: to a temporary file first, then moved into place.
    func write(_ text: String) throws(DiagnosticError) {
        let temporary = path + ".gen.tmp"
        do {
            try FileWriting.write(text, to: temporary)
        } catch {
            throw DiagnosticError([.error("cannot write the package manifest: \(error.localizedDescription)", at: nil)])
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(atPath: temporary)
            throw DiagnosticError([.error("cannot move the package manifest into place (errno \(code))", at: nil)])
        }
    }

    private func location(line: Int) -> SourceLocation {
        SourceLocation(file: path, line: line, column: 1)
    }
}
