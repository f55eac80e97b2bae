import Foundation
import GenPipeline

/// Generates a small spec written inline and returns the files it produced.
enum Snippet {
    /// A minimal spec around `schemas` (indented as under `components/schemas`) and `paths`.
    static func spec(paths: String = "{}", schemas: String) -> String {
        """
        openapi: 3.0.3
        info:
          title: Snippet
          version: '1'
        paths: \(paths)
        components:
          schemas:
        \(schemas)
        """
    }

    static func generate(_ yaml: String) throws -> [String: String] {
        let folder = try TestPaths.temporaryFolder("snippet")
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = folder.appendingPathComponent("spec.yaml")
        try yaml.write(to: spec, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out")
        _ = try Generator(options: .init(specs: [spec.path], output: output.path)).run()
        return FolderSnapshot(output).files.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    static func model(_ name: String, in files: [String: String]) -> String? {
        files.first { $0.key.hasPrefix("Sources/") && $0.key.hasSuffix("/Models/\(name).swift") }?.value
    }
}
