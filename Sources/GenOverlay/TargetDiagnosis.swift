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
                    let near = nearest(to: key, among: keys)
                    if !near.isEmpty {
                        message += "; did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "?"
                    }
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

    /// Up to three keys within a small edit distance of `key`, nearest first.
    private static func nearest(to key: String, among keys: [String]) -> [String] {
        let limit = max(2, key.count / 4)
        let scored = Set(keys).compactMap { candidate -> (String, Int)? in
            guard abs(candidate.count - key.count) <= limit else {
                return nil
            }
            let distance = editDistance(Array(key.utf8), Array(candidate.utf8))
            return distance <= limit ? (candidate, distance) : nil
        }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0)
    }

    private static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j] + (x == y ? 0 : 1), previous[j + 1] + 1, current[j] + 1)
            }
            previous = current
        }
        return previous[b.count]
    }
}
