import Foundation
import GenYAML

/// Finds the spec files to read: a file as given, or every `.yaml`, `.yml` and `.json` in a folder.
enum SpecFiles {
    static let extensions: Set<String> = ["yaml", "yml", "json"]

    static func find(_ paths: [String]) throws(DiagnosticError) -> [String] {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(.error("no such file or folder: \(path)", at: nil))
                continue
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                let specs = names.filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
                if specs.isEmpty {
                    diagnostics.append(.error("no .yaml, .yml or .json spec in '\(path)'", at: nil))
                }
                files += specs.map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        if !diagnostics.isEmpty {
            throw DiagnosticError(diagnostics)
        }
        return files
    }
}
