import GenYAML

/// The definitions of one section of `components`, by name, in document order.
///
/// Read before anything else so that a `$ref` can be checked wherever it appears. A malformed
/// section is indexed as far as it goes; its errors are reported when it is parsed.
struct ComponentNames {
    let kind: ComponentKind
    /// Names in document order, for suggestions.
    let names: [String]
    let nodes: [String: Node]

    init(_ kind: ComponentKind, in components: Node?) {
        self.kind = kind
        var names: [String] = []
        var nodes: [String: Node] = [:]
        for pair in components?[kind.rawValue]?.mapping ?? [] {
            guard let name = pair.key.scalar?.value else {
                continue
            }
            if nodes.updateValue(pair.value, forKey: name) == nil {
                names.append(name)
            }
        }
        self.names = names
        self.nodes = nodes
    }

    func contains(_ name: String) -> Bool {
        nodes[name] != nil
    }
}
