import GenYAML

extension ParseContext {
    /// Reports every loop of component schemas that are nothing but a `$ref` (`A -> B -> A`,
    /// `A -> A`): such a schema never says what it is. A loop through properties or items is a
    /// recursive type and fine. Each loop is reported once, at the `$ref` of its first schema in
    /// document order.
    func checkSchemaReferenceCycles() {
        var targets: [String: (target: String, location: SourceLocation)] = [:]
        for reference in plainSchemaReferences {
            targets[reference.name] = (reference.target, reference.location)
        }
        var finished: Set<String> = []
        for start in plainSchemaReferences where !finished.contains(start.name) {
            var chain: [String] = []
            var current = start.name
            while !finished.contains(current), let next = targets[current] {
                if let loopStart = chain.firstIndex(of: current) {
                    let loop = chain[loopStart...] + [current]
                    let location = targets[chain[loopStart]]?.location ?? next.location
                    error("$ref cycle: \(loop.joined(separator: " -> "))", at: location)
                    break
                }
                chain.append(current)
                current = next.target
            }
            finished.formUnion(chain)
        }
    }
}
