import Foundation
import GenOpenAPI
import GenYAML
import Testing

/// Places the tests read from, found from this file's place in `Tests/GenOpenAPITests/Support`.
enum TestFiles {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 {
            url.deleteLastPathComponent()
        }
        return url.path
    }()

    /// A file under `Tests/Fixtures/BadSpecs`.
    static func badSpec(_ name: String) -> String {
        packageRoot + "/Tests/Fixtures/BadSpecs/" + name
    }

    /// A file of the shared reference data beside the package, which a fresh clone does not have.
    static func reference(_ name: String) -> String {
        URL(fileURLWithPath: packageRoot + "/../shared/reference/" + name).standardized.path
    }
}

/// Reads a spec given as text.
func parseSpec(_ yaml: String) throws(DiagnosticError) -> (document: Document, warnings: [Diagnostic]) {
    let root = try YAMLReader.parse(yaml, file: "spec.yaml")
    return try DocumentParser().parse(root, file: "spec.yaml")
}

/// The diagnostics of a spec that must fail, as printed (`spec.yaml:3:5: error: ...`).
func specDiagnostics(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
    do {
        let result = try parseSpec(yaml)
        Issue.record(
            "expected errors, parsed \(result.document.operations.count) operations", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

/// The warnings of a spec that must parse, as printed.
func specWarnings(_ yaml: String) throws -> [String] {
    try parseSpec(yaml).warnings.map(\.description)
}

/// A valid document: a header of five lines, then `paths` from line 6 and `components` after it.
///
/// `paths` and `components` are the YAML below their keys; each line is indented by two spaces
/// here, so a line `n` of `paths` is line `5 + n` of the document, two columns to the right.
func spec(paths: String = "{}", components: String? = nil) -> String {
    var text = "openapi: 3.0.3\ninfo:\n  title: Alipay\n  version: '2025'\npaths:\n\(indented(paths, by: 2))\n"
    if let components {
        text += "components:\n\(indented(components, by: 2))\n"
    }
    return text
}

/// `spec` with no paths and one component schema, `Model`, whose body is `schema`: a line `n` of
/// `schema` is line `9 + n` of the document, six columns to the right.
func spec(schema: String) -> String {
    spec(components: "schemas:\n  Model:\n\(indented(schema, by: 4))")
}

/// The one component schema of a document made by `spec(schema:)`.
func parseModel(_ schema: String) throws -> Schema {
    let (document, _) = try parseSpec(spec(schema: schema))
    return try #require(document.components.schemas.first?.schema)
}

func indented(_ text: String, by count: Int) -> String {
    let indentation = String(repeating: " ", count: count)
    return text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? "" : indentation + $0 }
        .joined(separator: "\n")
}
