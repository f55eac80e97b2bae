import Foundation
import GenYAML

/// A `$ref` to a schema of another spec file, `alipay-v3.yaml#/components/schemas/ExtendParams`:
/// how one spec reuses the models of another instead of defining them again.
///
/// The file is resolved against the folder of the spec that holds the reference; it must be one of
/// the specs generated together, and define the schema (checked by ``Document/merged(_:)``). All
/// specs share one namespace of schema names, so the reference becomes a plain ``SchemaRef``.
public struct ExternalSchemaReference: Sendable, Hashable {
    /// The file part, as written.
    public var file: String
    /// The schema's name.
    public var name: String
    /// Where the `$ref` is.
    public var location: SourceLocation

    /// A reference to the schema `name` of `file`, written at `location`.
    public init(file: String, name: String, location: SourceLocation) {
        self.file = file
        self.name = name
        self.location = location
    }

    /// The path of the referenced file, resolved against the folder of `referringFile`.
    func path(from referringFile: String) -> String {
        let folder = (referringFile as NSString).deletingLastPathComponent
        let joined = file.hasPrefix("/") ? file : (folder as NSString).appendingPathComponent(file)
        return Self.normalized(joined)
    }

    /// `path` absolute and without `.`, `..` or doubled slashes, so that two spellings of one file compare equal.
    static func normalized(_ path: String) -> String {
        let absolute =
            path.hasPrefix("/")
            ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (absolute as NSString).standardizingPath
    }
}

extension ParseContext {
    /// The schema name a schema's `$ref` names: in this document (checked here), or in another spec
    /// file (recorded in ``externalSchemaReferences``, checked when the documents are merged).
    func resolveSchemaReference(_ node: Node) -> String? {
        guard let reference = node.scalar?.value, !node.isNull, reference.utf8.first != UInt8(ascii: "#"),
            let hash = reference.firstIndex(of: "#")
        else {
            return resolveReference(node, in: schemaNames)
        }
        let file = String(reference[..<hash])
        let fragment = reference[hash...]
        let prefix = ComponentKind.schemas.referencePrefix
        guard !file.isEmpty, !file.contains("://") else {
            error(
                "unsupported $ref '\(reference)' at \(pointer): another spec is named by its file path"
                    + " ('alipay-v3.yaml\(prefix)<name>')",
                at: node.location)
            return nil
        }
        guard fragment.utf8.count > prefix.utf8.count, fragment.utf8.starts(with: prefix.utf8) else {
            error("unknown $ref '\(reference)' at \(pointer); expected '\(file)\(prefix)<name>'", at: node.location)
            return nil
        }
        let name = JSONPointer.unescape(fragment.dropFirst(prefix.count))
        externalSchemaReferences.append(ExternalSchemaReference(file: file, name: name, location: node.location))
        return name
    }
}

extension Document {
    /// Checks every reference of `documents` to another spec file: the file must be one of
    /// `documents` and define the schema. Returns the errors, each at its `$ref`.
    static func externalReferenceErrors(_ documents: [Document]) -> [Diagnostic] {
        var schemasOfFile: [String: Set<String>] = [:]
        for document in documents {
            schemasOfFile[ExternalSchemaReference.normalized(document.file), default: []]
                .formUnion(document.components.schemas.map(\.name))
        }
        var diagnostics: [Diagnostic] = []
        for document in documents {
            for reference in document.externalSchemaReferences {
                let path = reference.path(from: document.file)
                guard let names = schemasOfFile[path] else {
                    let specs = documents.map { ($0.file as NSString).lastPathComponent }.joined(separator: ", ")
                    diagnostics.append(
                        .error(
                            "$ref to '\(reference.file)', which is not among the specs generated together (\(specs))",
                            at: reference.location))
                    continue
                }
                if !names.contains(reference.name) {
                    let suggestions = NameSuggestions.nearest(to: reference.name, among: names.sorted())
                    diagnostics.append(
                        .error(
                            "'\(reference.file)' defines no schema '\(reference.name)'"
                                + NameSuggestions.phrase(suggestions),
                            at: reference.location))
                }
            }
        }
        return diagnostics
    }
}
