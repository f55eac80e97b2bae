import GenYAML

/// Says why a target selected nothing: the first segment that matched nothing, where, and the
/// nearest keys that exist there.
enum TargetDiagnosis {
    static func explain(_ target: JSONPath, in specs: [Node]) -> String {
        var reached = specs
        var prefix = "$"
        for segment in target.segments {
            var next: [Node] = []
            for node in reached {
                next += children(of: node, selectedBy: segment)
            }
            if next.isEmpty {
                var message = "target \(target) matches nothing: \(describe(segment)) selects nothing under \(prefix)"
                if case .key(let key) = segment {
                    let keys = reached.flatMap { $0.mapping?.compactMap { $0.key.scalar?.value } ?? [] }
                    message += NameSuggestions.phrase(NameSuggestions.nearest(to: key, among: Array(Set(keys))))
                }
                return message
            }
            reached = next
            prefix += text(of: segment)
        }
        return "target \(target) matches nothing"
    }

    private static func children(of node: Node, selectedBy segment: JSONPath.Segment) -> [Node] {
        switch node.content {
        case .scalar:
            return []
        case .mapping(let pairs):
            if case .key(let key) = segment {
                return pairs.first { $0.key.scalar?.value == key }.map { [$0.value] } ?? []
            }
            return pairs.map(\.value).filter { segment.selects(value: $0) }
        case .sequence(let items):
            return items.indices.filter { segment.selects(item: items[$0], at: $0, of: items.count) }.map { items[$0] }
        }
    }

    private static func describe(_ segment: JSONPath.Segment) -> String {
        switch segment {
        case .key(let key): return "key '\(key)'"
        case .wildcard: return "'*'"
        case .index(let index): return "index \(index)"
        case .filter(let key, let value): return "the filter @.\(key) == '\(value)'"
        }
    }

    private static func text(of segment: JSONPath.Segment) -> String {
        switch segment {
        case .key(let key):
            return key.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
                ? ".\(key)" : "['\(key)']"
        case .wildcard: return "[*]"
        case .index(let index): return "[\(index)]"
        case .filter(let key, let value): return "[?(@.\(key) == '\(value)')]"
        }
    }
}
