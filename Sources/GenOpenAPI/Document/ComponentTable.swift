import GenYAML

/// Components that are inlined where they are used (parameters, request bodies, responses):
/// each is parsed once, on first use, and a chain of `$ref`s between them is followed and
/// checked for cycles.
final class ComponentTable<Value> {
    let names: ComponentNames
    private var parsed: [String: Value?] = [:]
    /// The components being parsed right now, outermost first, with where each was referenced.
    private var resolving: [(name: String, referencedAt: SourceLocation)] = []

    init(_ kind: ComponentKind, in components: Node?) {
        names = ComponentNames(kind, in: components)
    }

    /// The parsed component `name`, or `nil` when it is missing, malformed or part of a cycle.
    ///
    /// `parse` reads the definition with the context's pointer set to the definition.
    func value(
        named name: String,
        referencedAt location: SourceLocation,
        in context: ParseContext,
        parse: (Node) -> Value?
    ) -> Value? {
        if let done = parsed[name] {
            return done
        }
        guard let node = names.nodes[name] else {
            return nil
        }
        if let start = resolving.firstIndex(where: { $0.name == name }) {
            // Reported where the first component of the cycle makes its reference.
            let chain = (resolving[start...].map(\.name) + [name]).joined(separator: " -> ")
            let first = start + 1 < resolving.count ? resolving[start + 1].referencedAt : location
            context.error("$ref cycle: \(chain)", at: first)
            return nil
        }
        resolving.append((name, location))
        let value = context.at(["components", names.kind.rawValue, name]) { parse(node) }
        resolving.removeLast()
        parsed[name] = value
        return value
    }

    /// Parses every definition, used or not, so that errors in unused ones are reported too.
    func parseAll(in context: ParseContext, parse: (Node) -> Value?) {
        for name in names.names {
            let location = names.nodes[name]?.location ?? SourceLocation(file: context.file, line: 1, column: 1)
            _ = value(named: name, referencedAt: location, in: context, parse: parse)
        }
    }
}
