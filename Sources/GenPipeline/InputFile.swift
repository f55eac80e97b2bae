import Foundation
import GenOverlay
import GenYAML

/// One input file, read: a spec's YAML tree, or an overlay.
enum InputFile: Sendable {
    case spec(file: String, root: Node)
    case overlay(Overlay)

    /// Reads `files`: the largest here, and the others one after another on a thread of their own.
    /// The largest spec is read in two parts on two threads where it can be; the small files fill
    /// the time those parts leave over. The results are in the order of `files`.
    static func read(_ files: [String]) -> [Result<InputFile, DiagnosticError>] {
        guard files.count > 1 else { return files.map(read) }
        let sizes = files.map(size(of:))
        let largest = sizes.indices.max { sizes[$0] < sizes[$1] }!
        let others = files.indices.filter { $0 != largest }.map { files[$0] }
        let otherResults = BackgroundWork { others.map(read) }
        let largestResult = read(files[largest])
        var results = otherResults.result()
        results.insert(largestResult, at: largest)
        return results
    }

    private static func read(_ file: String) -> Result<InputFile, DiagnosticError> {
        Result { () throws(DiagnosticError) -> InputFile in
            let root = try YAMLReader.parse(contentsOf: file)
            return Overlay.isOverlay(root) ? .overlay(try Overlay(root, file: file)) : .spec(file: file, root: root)
        }
    }

    private static func size(of file: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
