/// "Did you mean ...?" for a name that does not exist: the closest existing names by edit distance.
/// Shared by the stages that name things a spec or an overlay refers to.
public enum NameSuggestions {
    /// Up to `limit` names closest to `name`, nearest first (ties in name order); names too far
    /// away to be a plausible typo are left out.
    public static func nearest(to name: String, among candidates: [String], limit: Int = 3) -> [String] {
        let target = Array(name.utf8)
        let maximum = max(2, target.count / 4)
        var scored: [(distance: Int, name: String)] = []
        for candidate in candidates {
            let other = Array(candidate.utf8)
            guard abs(other.count - target.count) <= maximum else {
                continue
            }
            let distance = editDistance(target, other)
            if distance <= maximum {
                scored.append((distance, candidate))
            }
        }
        scored.sort { ($0.distance, $0.name) < ($1.distance, $1.name) }
        return scored.prefix(limit).map(\.name)
    }

    /// `; did you mean 'A', 'B' or 'C'?`, or nothing when there is no suggestion.
    public static func phrase(_ suggestions: [String]) -> String {
        let quoted = suggestions.map { "'\($0)'" }
        guard let last = quoted.last else {
            return ""
        }
        let list = quoted.count == 1 ? last : quoted.dropLast().joined(separator: ", ") + " or " + last
        return "; did you mean \(list)?"
    }

    /// Levenshtein distance: insertions, deletions and substitutions, each costing one.
    static func editDistance(_ lhs: [UInt8], _ rhs: [UInt8]) -> Int {
        if lhs.isEmpty || rhs.isEmpty {
            return max(lhs.count, rhs.count)
        }
        var previous = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: rhs.count + 1)
        for (row, left) in lhs.enumerated() {
            current[0] = row + 1
            for (column, right) in rhs.enumerated() {
                let substitution = previous[column] + (left == right ? 0 : 1)
                current[column + 1] = min(substitution, previous[column + 1] + 1, current[column] + 1)
            }
            swap(&previous, &current)
        }
        return previous[rhs.count]
    }
}
