import Foundation
import GenYAML
import Mustache

/// The mustache templates the SDK is rendered with: the project's own, with any of them replaced
/// by a file of the same name from an override folder.
public struct TemplateSet: Sendable {
    /// Templates every render needs.
    static let required = ["model", "api", "api-doc", "docs-index", "exports", "examples"]

    let library: MustacheLibrary

    /// The folder of the templates that ship with the generator.
    public static var defaultDirectory: String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Templates").path
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
        var library = MustacheLibrary()
        for (name, path) in sources.sorted(by: { $0.key < $1.key }) {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                diagnostics.append(.error("cannot read template", at: SourceLocation(file: path, line: 1, column: 1)))
                continue
            }
            do {
                try library.register(text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(
                    .error(
                        "template syntax error: \(error.error)",
                        at: SourceLocation(
                            file: path, line: error.context.lineNumber, column: error.context.columnNumber)))
            } catch {
                diagnostics.append(
                    .error("template error: \(error)", at: SourceLocation(file: path, line: 1, column: 1)))
            }
        }
        for name in Self.required where sources[name] == nil {
            diagnostics.append(.error("template '\(name).mustache' is missing from '\(directory)'", at: nil))
        }
        if !diagnostics.isEmpty {
            throw DiagnosticError(diagnostics)
        }
        self.library = library
    }

    func render(_ context: [String: Any], with template: String) -> String {
        render(prepared: TemplateValue.prepare(context), with: template)
    }

    /// Renders a context already converted by `TemplateValue.prepare`, for one context used by several templates.
    func render(prepared context: Any, with template: String) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}
