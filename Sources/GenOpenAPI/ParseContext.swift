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

    init(file: String, root: Node) {
        self.file = file
        let components = root["components"]
        schemaNames = ComponentNames(.schemas, in: components)
        parameters = ComponentTable(.parameters, in: components)
        requestBodies = ComponentTable(.requestBodies, in: components)
        responses = ComponentTable(.responses, in: components)
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
