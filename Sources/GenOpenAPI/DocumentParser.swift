import GenYAML

/// Turns a YAML node tree into a checked `Document`.
public struct DocumentParser: Sendable {
    public init() {}

    /// Parses and validates; throws every error found, not just the first.
    ///
    /// On success, returns the document and its warnings (unsupported constructs, unknown keys).
    /// On failure, the thrown error carries every error and warning, in file order.
    public func parse(_ root: Node, file: String) throws(DiagnosticError) -> (
        document: Document, warnings: [Diagnostic]
    ) {
        let context = ParseContext(file: file, root: root)
        let document = context.parseDocument(root)
        context.checkSchemaReferenceCycles()
        let diagnostics = context.sortedDiagnostics
        guard let document, !context.hasErrors else {
            throw DiagnosticError(diagnostics)
        }
        return (document, diagnostics)
    }
}
