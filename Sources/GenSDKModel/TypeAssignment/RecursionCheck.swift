import GenOpenAPI
import GenYAML

/// Finds schemas that contain themselves through properties that are not arrays.
///
/// A Swift struct cannot hold an optional of its own type (`struct Node { var next: Node? }` does not
/// compile), so such a schema is reported with the property that closes the loop instead of being
/// turned into code that cannot build. Containment through arrays (`[Node]`) is fine and allowed.
enum RecursionCheck {
    static func diagnostics(for schemas: [NamedSchema]) -> [Diagnostic] {
        var edges: [String: [(target: String, property: String, location: SourceLocation)]] = [:]
        edges.reserveCapacity(schemas.count)
        for named in schemas {
            guard case .object(let object) = named.schema.kind else { continue }
            edges[named.name] = object.properties.compactMap { property in
                guard case .reference(let ref) = property.schema.kind else { return nil }
                return (ref.name, property.name, property.schema.location)
            }
        }
        var diagnostics: [Diagnostic] = []
        var state: [String: Bool] = [:]  // false: on the current path, true: done
        state.reserveCapacity(schemas.count)
        var path: [String] = []
        func visit(_ name: String) {
            state[name] = false
            path.append(name)
            for edge in edges[name] ?? [] {
                switch state[edge.target] {
                case false?:
                    let loop = path[path.firstIndex(of: edge.target)!...] + [edge.target]
                    diagnostics.append(
                        .error(
                            "property '\(edge.property)' of '\(name)' closes a loop of schemas that contain each "
                                + "other (\(loop.joined(separator: " -> "))); a Swift struct cannot contain itself, so "
                                + "make one of these properties an array",
                            at: edge.location))
                case nil:
                    visit(edge.target)
                case true?:
                    break
                }
            }
            path.removeLast()
            state[name] = true
        }
        for name in schemas.map(\.name).sorted() where state[name] == nil {
            visit(name)
        }
        return diagnostics
    }
}
