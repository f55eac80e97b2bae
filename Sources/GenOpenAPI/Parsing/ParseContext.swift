import GenYAML

/// What the parser knows while it walks one document: the diagnostics found so far, the JSON
/// pointer of the node being read, and the components that `$ref`s may name.
///
/// Every problem is recorded and the walk goes on, so one run reports all of them.
final class ParseContext {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var hasErrors = false
    /// Unescaped keys and indices from the document root to the node being read.
    private var segments: [String] = []

    let schemaNames: ComponentNames
    let parameters: ComponentTable<Parameter>
    let requestBodies: ComponentTable<RequestBody>
    let responses: ComponentTable<Response>

    /// The first use of each operationId, to report a second one.
    var operationIds: [String: SourceLocation] = [:]
    /// Component schemas that are nothing but a `$ref`: name -> (target, where the `$ref` is).
    var plainSchemaReferences: [(name: String, target: String, location: SourceLocation)] = []
    /// Schema `$ref`s to other spec files, in the order they were read.
    var externalSchemaReferences: [ExternalSchemaReference] = []

    init(file: String, root: Node) {
        self.file = file
        let components = root["components"]
        schemaNames = ComponentNames(.schemas, in: components)
        parameters = ComponentTable(.parameters, in: components)
        requestBodies = ComponentTable(.requestBodies, in: components)
        responses = ComponentTable(.responses, in: components)
    }

    /// A context for schemas alone, which name no other components.
    private init(file: String, schemaNames: ComponentNames) {
        self.file = file
        self.schemaNames = schemaNames
        parameters = ComponentTable(.parameters, in: nil)
        requestBodies = ComponentTable(.requestBodies, in: nil)
        responses = ComponentTable(.responses, in: nil)
    }

    // MARK: - Component schemas ahead

    /// What parsing `components.schemas` found: the schemas and everything it recorded.
    struct ParsedSchemas: Sendable {
        /// Where the `schemas` mapping starts.
        var location: SourceLocation
        var schemas: [NamedSchema]
        var diagnostics: [Diagnostic]
        var plainSchemaReferences: [(name: String, target: String, location: SourceLocation)]
        var externalSchemaReferences: [ExternalSchemaReference]
    }

    /// Starts parsing `components.schemas` of `root` on a thread of its own when there are at least
    /// `minimumCount`. Schemas only name other schemas, so the work needs nothing that parsing the
    /// rest of the document changes.
    func parseSchemasAhead(of root: Node, minimumCount: Int) -> BackgroundWork<ParsedSchemas>? {
        guard let node = root["components"]?["schemas"], schemaNames.names.count >= minimumCount else {
            return nil
        }
        let file = file
        let schemaNames = schemaNames
        return BackgroundWork {
            let context = ParseContext(file: file, schemaNames: schemaNames)
            let schemas = context.at(["components", "schemas"]) { context.parseComponentSchemas(node) }
            return ParsedSchemas(
                location: node.location, schemas: schemas, diagnostics: context.diagnostics,
                plainSchemaReferences: context.plainSchemaReferences,
                externalSchemaReferences: context.externalSchemaReferences)
        }
    }

    /// Takes what parsing schemas ahead recorded, as if this context had parsed them at this point.
    func absorb(_ parsed: ParsedSchemas) -> [NamedSchema] {
        diagnostics += parsed.diagnostics
        hasErrors = hasErrors || parsed.diagnostics.contains { $0.severity == .error }
        plainSchemaReferences += parsed.plainSchemaReferences
        externalSchemaReferences += parsed.externalSchemaReferences
        return parsed.schemas
    }

    // MARK: - Diagnostics

    func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
        hasErrors = true
    }

    func warning(_ message: String, at location: SourceLocation) {
        diagnostics.append(.warning(message, at: location))
    }

    /// Every diagnostic once, in file order (line, then column); ties keep the order they were
    /// found in. A path-level parameter checked for each of its operations is reported once.
    var sortedDiagnostics: [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.enumerated()
            .sorted { lhs, rhs in
                let left = lhs.element.location
                let right = rhs.element.location
                let leftKey = (left?.line ?? 0, left?.column ?? 0, lhs.offset)
                let rightKey = (right?.line ?? 0, right?.column ?? 0, rhs.offset)
                return leftKey < rightKey
            }
            .map(\.element)
            .filter { seen.insert($0).inserted }
    }

    // MARK: - Where we are

    /// Runs `body` one key or index deeper.
    func within<Result>(_ segment: String, _ body: () -> Result) -> Result {
        segments.append(segment)
        defer { segments.removeLast() }
        return body()
    }

    /// Runs `body` at another place in the document, e.g. a component reached through a `$ref`.
    func at<Result>(_ place: [String], _ body: () -> Result) -> Result {
        let saved = segments
        segments = place
        defer { segments = saved }
        return body()
    }

    /// The JSON pointer of the node being read, e.g. `#/paths/~1v3~1foo/post`.
    var pointer: String {
        JSONPointer.make(segments)
    }
}
