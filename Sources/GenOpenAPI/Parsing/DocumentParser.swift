import GenYAML

/// Turns a YAML node tree into a checked `Document`.
public struct DocumentParser: Sendable {
    /// From this many component schemas on, they are parsed on a second thread.
    let schemasAheadCount: Int

    /// A parser that reads component schemas ahead on a second thread when there are many.
    public init() {
        self.init(schemasAheadCount: 256)
    }

    init(schemasAheadCount: Int) {
        self.schemasAheadCount = schemasAheadCount
    }

    /// Parses and validates; throws every error found, not just the first.
    ///
    /// On success, returns the document and its warnings (unsupported constructs, unknown keys).
    /// On failure, the thrown error carries every error and warning, in file order.
    public func parse(_ root: Node, file: String) throws(DiagnosticError) -> (
        document: Document, warnings: [Diagnostic]
    ) {
        let context = ParseContext(file: file, root: root)
        var document = context.parseDocument(root, schemasAheadCount: schemasAheadCount)
        document?.externalSchemaReferences = context.externalSchemaReferences
        context.checkSchemaReferenceCycles()
        let diagnostics = context.sortedDiagnostics
        guard let document, !context.hasErrors else {
            throw DiagnosticError(diagnostics)
        }
        return (document, diagnostics)
    }
}
