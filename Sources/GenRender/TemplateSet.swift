import Foundation
import GenTemplate
import GenYAML

/// The mustache templates the SDK is rendered with: the project's own, with any of them replaced
/// by a file of the same name from an override folder.
public struct TemplateSet: Sendable {
    /// Templates every render needs.
    static let required = [
        "model", "api", "api-doc", "docs-index", "docc", "exports", "examples", "package-families",
    ]

    let library: TemplateLibrary
    /// The file each template was read from, for diagnostics.
    let files: [String: String]

    /// The folder of the templates that ship with the generator: `Templates` in the resource bundle
    /// `alipay-swift_GenRender.resources`, found beside the executable (or, for a build that was not
    /// moved, in its build folder).
    public static var defaultDirectory: String {
        Bundle.module.url(forResource: "Templates", withExtension: nil)?.path
            ?? Bundle.module.bundleURL.appendingPathComponent("Templates").path
    }

    /// Loads `*.mustache` from `directory`, then from `overrides` (which win by name).
    public init(directory: String = TemplateSet.defaultDirectory, overrides: String? = nil) throws(DiagnosticError) {
        var sources: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for folder in [directory] + (overrides.map { [$0] } ?? []) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue
            else {
                diagnostics.append(.error("template folder '\(folder)' does not exist", at: nil))
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() where name.hasSuffix(".mustache") {
                sources[String(name.dropLast(".mustache".count))] = (folder as NSString).appendingPathComponent(name)
            }
        }
        var parsed: [String: Template] = [:]
        for (name, path) in sources.sorted(by: { $0.key < $1.key }) {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                diagnostics.append(.error("cannot read template", at: SourceLocation(file: path, line: 1, column: 1)))
                continue
            }
            do {
                parsed[name] = try Template(text)
            } catch {
                diagnostics.append(
                    .error(
                        "template syntax error: \(error.message)",
                        at: SourceLocation(file: path, line: error.line, column: error.column)))
            }
        }
        for name in Self.required where sources[name] == nil {
            diagnostics.append(.error("template '\(name).mustache' is missing from '\(directory)'", at: nil))
        }
        if !diagnostics.isEmpty {
            throw DiagnosticError(diagnostics)
        }
        files = sources
        do {
            library = try TemplateLibrary(parsed)
        } catch {
            throw DiagnosticError(
                error.problems.map { Self.diagnostic($0, files: sources, prefix: "template error: ") })
        }
    }

    /// Renders `template` with `context`. A tag naming a value the context lacks is an error at the
    /// tag, in the file of the template (or partial) that holds it.
    func render(_ context: TemplateObject, with template: String) throws(DiagnosticError) -> String {
        String(decoding: try bytes(context, with: template), as: UTF8.self)
    }

    /// Renders `template` with `context` as UTF-8 at the end of `output`.
    func render(_ context: TemplateObject, with template: String, appendingTo output: inout [UInt8])
        throws(DiagnosticError)
    {
        do {
            _ = try library.render(template, with: .object(context), appendingTo: &output)
        } catch {
            throw DiagnosticError([Self.diagnostic(error, files: files)])
        }
    }

    /// The UTF-8 of `template` rendered with `context`.
    func bytes(_ context: TemplateObject, with template: String) throws(DiagnosticError) -> [UInt8] {
        var output: [UInt8] = []
        try render(context, with: template, appendingTo: &output)
        return output
    }

    /// A problem at its tag, in the file its template was read from.
    private static func diagnostic(
        _ problem: TemplateLibrary.Problem, files: [String: String], prefix: String = ""
    ) -> Diagnostic {
        .error(
            prefix + problem.error.message,
            at: SourceLocation(
                file: files[problem.template] ?? problem.template, line: problem.error.line,
                column: problem.error.column))
    }
}
