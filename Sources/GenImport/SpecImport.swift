import Foundation
import GenOpenAPI
import GenYAML

/// `gen import`: writes the facts of an official Alipay spec (`oasSchema.json`, or its YAML form)
/// to a YAML file of the project's specs, without Alipay's prose.
///
/// The input must be a valid OpenAPI document: it is read as the generator reads a spec, and any
/// error stops the import with its `file:line:column`. The output depends only on the input's
/// values, so the JSON and YAML forms of one spec give the same bytes; it is written whole or not
/// at all.
public struct SpecImport: Sendable {
    /// What an import did.
    public struct Summary: Sendable {
        /// The operations written.
        public var operationCount: Int
        /// The schemas written.
        public var schemaCount: Int
        /// The size of the output file in bytes.
        public var bytes: Int
        /// Whether the output file changed.
        public var changed: Bool
    }

    /// The first lines of every imported file.
    static let header = """
        # The facts of Alipay's OpenAPI v3 spec: paths, operations, parameters, schemas, types, formats,
        # enums, required fields, deprecations, encodings and examples. Written by `gen import` from the
        # spec Alipay publishes, with Alipay's descriptions, summaries and titles left out; do not edit
        # by hand. The project's descriptions, and the facts Alipay states only in prose, are in the
        # overlay-*.yaml files beside it.

        """

    /// The official spec to read, JSON or YAML.
    public var input: String
    /// The YAML file to write.
    public var output: String

    /// An import of `input` into `output`.
    public init(input: String, output: String) {
        self.input = input
        self.output = output
    }

    /// `root` without Alipay's prose: what `gen import` writes, as a tree.
    public static func withoutProse(_ root: Node) -> Node {
        ProseRemoval().strip(root)
    }

    /// The imported text of the spec at `input`.
    public func importedText() throws(DiagnosticError) -> (text: String, operations: Int, schemas: Int) {
        let root = try YAMLReader.parse(contentsOf: input)
        let parsed = try DocumentParser().parse(root, file: input)
        let text = Self.header + (try YAMLWriter.write(ProseRemoval().strip(root)))
        return (text, parsed.document.operations.count, parsed.document.components.schemas.count)
    }

    /// Imports `input` into `output`; the file is left alone when it already holds the same text.
    public func run() throws(DiagnosticError) -> Summary {
        let imported = try importedText()
        let data = Data(imported.text.utf8)
        let changed = (try? Data(contentsOf: URL(fileURLWithPath: output))) != data
        if changed {
            do {
                let folder = (output as NSString).deletingLastPathComponent
                if !folder.isEmpty {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                try data.write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw DiagnosticError([.error("cannot write \(output): \(error.localizedDescription)", at: nil)])
            }
        }
        return Summary(
            operationCount: imported.operations, schemaCount: imported.schemas, bytes: data.count, changed: changed)
    }
}
