import GenYAML

/// An OpenAPI Overlay 1.0.0 document: actions that change a spec before anything reads it.
///
/// The project keeps its own descriptions, and the facts Alipay states only in prose (required
/// fields, closed value lists, deprecations), as overlays on the imported spec.
public struct Overlay: Sendable {
    /// One change: the nodes a JSONPath selects, and what to merge into them or that they go.
    public struct Action: Sendable {
        /// The nodes the action changes.
        public var target: JSONPath
        /// Where the target is written, for diagnostics.
        public var location: SourceLocation
        /// What the action does to them.
        public var change: Change
    }

    /// What an action does to each node its target selects.
    public enum Change: Sendable {
        /// Merged into the node: mappings key by key, sequences by appending new items, scalars replaced.
        case update(Node)
        /// The node is taken out of its mapping or sequence.
        case remove
    }

    /// The spec the overlay changes (`extends`), as written, and where; `nil` for one that changes
    /// every spec it is applied with.
    public var extends: (path: String, location: SourceLocation)?
    /// The file it was read from.
    public var file: String
    /// The actions, applied in order.
    public var actions: [Action]

    /// Whether `root` is an overlay (a mapping with an `overlay` key) rather than a spec.
    public static func isOverlay(_ root: Node) -> Bool {
        root["overlay"] != nil
    }

    /// Reads an overlay document; every problem found is reported, with its position.
    public init(_ root: Node, file: String) throws(DiagnosticError) {
        var reader = OverlayReader()
        self.file = file
        actions = reader.read(root)
        if let node = root["extends"], node.isString, let path = node.scalar?.value {
            extends = (path, node.location)
        }
        if !reader.diagnostics.isEmpty {
            throw DiagnosticError(reader.diagnostics)
        }
    }
}
