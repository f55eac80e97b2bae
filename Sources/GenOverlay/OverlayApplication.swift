import Foundation
import GenYAML

extension Overlay {
    /// Applies the actions of `overlays`, in order, to the spec trees `specs`, read from `files`.
    ///
    /// An overlay with `extends` changes the spec of that file alone (a path relative to the
    /// overlay's folder); one that names no file of `files` is an error at its `extends`. Without
    /// `extends`, or when `files` is `nil`, an overlay changes every spec.
    ///
    /// An action changes every node its target selects in any of the specs it applies to. One that
    /// selects nothing is an error naming the first segment that matched nothing, so an overlay
    /// cannot go stale unseen when the spec renames what it changes. All such errors are reported
    /// together; on error the trees may be partly changed.
    public static func apply(_ overlays: [Overlay], to specs: inout [Node], files: [String]? = nil)
        throws(DiagnosticError)
    {
        var diagnostics: [Diagnostic] = []
        var edit = TreeEdit()
        let normalizedFiles = files?.map(Self.normalized)
        for overlay in overlays {
            var indices = Array(specs.indices)
            if let extends = overlay.extends, let normalizedFiles {
                let folder = (overlay.file as NSString).deletingLastPathComponent
                let path = Self.normalized(
                    extends.path.hasPrefix("/")
                        ? extends.path : (folder as NSString).appendingPathComponent(extends.path))
                indices = normalizedFiles.indices.filter { normalizedFiles[$0] == path && specs.indices.contains($0) }
                if indices.isEmpty {
                    let names = (files ?? []).map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
                    diagnostics.append(
                        .error(
                            "the overlay extends '\(extends.path)', which is not among the specs (\(names))",
                            at: extends.location))
                    continue
                }
            }
            for action in overlay.actions {
                var count = 0
                for index in indices {
                    count += edit.visit(&specs[index], action.target.segments[...], action.change)
                }
                if count == 0 {
                    let targets = indices.map { specs[$0] }
                    diagnostics.append(.error(TargetDiagnosis.explain(action.target, in: targets), at: action.location))
                }
            }
        }
        if !diagnostics.isEmpty {
            throw DiagnosticError(diagnostics)
        }
    }

    /// `path` absolute and without `.`, `..` or doubled slashes, so that two spellings of one file compare equal.
    static func normalized(_ path: String) -> String {
        let absolute =
            path.hasPrefix("/")
            ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (absolute as NSString).standardizingPath
    }
}

/// Walks a tree along a target's segments and changes what it reaches, in place.
///
/// Overlays list their actions grouped by what they change (one schema's properties one after the
/// other), so the position where a key was found at each depth is tried first next time: the
/// thousands of actions of a large overlay do not each search `paths` and `components.schemas`
/// from the start. A hint is only a guess, checked against the key, so it never changes a result.
struct TreeEdit {
    private var hints: [Int] = []

    /// Applies `change` to the nodes under `node` that `segments` select; returns how many.
    mutating func visit(_ node: inout Node, _ segments: ArraySlice<JSONPath.Segment>, _ change: Overlay.Change)
        -> Int
    {
        guard let segment = segments.first else {
            if case .update(let update) = change {
                Self.merge(update, into: &node)
            }
            return 1
        }
        let rest = segments.dropFirst()
        let removes: Bool
        if case .remove = change, rest.isEmpty {
            removes = true
        } else {
            removes = false
        }
        switch node.content {
        case .scalar:
            return 0
        case .mapping(var pairs):
            // Take the pairs out so that changing them does not copy them.
            node.content = .sequence([])
            defer { node.content = .mapping(pairs) }
            if case .key(let key) = segment {
                guard let index = find(key, in: pairs, depth: segments.startIndex) else {
                    return 0
                }
                if removes {
                    pairs.remove(at: index)
                    return 1
                }
                return visit(&pairs[index].value, rest, change)
            }
            if removes {
                let before = pairs.count
                pairs.removeAll { segment.selects(value: $0.value) }
                return before - pairs.count
            }
            var count = 0
            for index in pairs.indices where segment.selects(value: pairs[index].value) {
                count += visit(&pairs[index].value, rest, change)
            }
            return count
        case .sequence(var items):
            node.content = .scalar(Scalar(""))
            defer { node.content = .sequence(items) }
            let selected = items.indices.filter { segment.selects(item: items[$0], at: $0, of: items.count) }
            if removes {
                for index in selected.reversed() {
                    items.remove(at: index)
                }
                return selected.count
            }
            return selected.reduce(0) { $0 + visit(&items[$1], rest, change) }
        }
    }

    /// The index of the pair whose key is `key`, searching from the last one found at `depth` on
    /// (and then from the start): overlays mostly change a mapping's entries in the order the spec
    /// lists them, so the key sought is usually at the hint or a little after it.
    private mutating func find(_ key: String, in pairs: [Node.Pair], depth: Int) -> Int? {
        let hint = depth < hints.count && hints[depth] < pairs.count ? hints[depth] : 0
        let length = key.utf8.count
        func isKey(_ pair: Node.Pair) -> Bool {
            guard case .scalar(let scalar) = pair.key.content else { return false }
            return scalar.value.utf8.count == length && scalar.value == key
        }
        guard let index = pairs[hint...].firstIndex(where: isKey) ?? pairs[..<hint].firstIndex(where: isKey) else {
            return nil
        }
        if depth >= hints.count {
            hints += Array(repeating: 0, count: depth - hints.count + 1)
        }
        hints[depth] = index
        return index
    }

    /// Merges `update` into `target`: mappings key by key, sequences by appending the items
    /// `target` does not have yet; anything else replaces `target`.
    static func merge(_ update: Node, into target: inout Node) {
        switch (update.content, target.content) {
        case (.mapping(let additions), .mapping(var pairs)):
            target.content = .sequence([])
            for addition in additions {
                let key = addition.key.scalar?.value
                if let index = pairs.firstIndex(where: { key != nil && $0.key.scalar?.value == key }) {
                    merge(addition.value, into: &pairs[index].value)
                } else {
                    pairs.append(addition)
                }
            }
            target.content = .mapping(pairs)
        case (.sequence(let additions), .sequence(var items)):
            target.content = .scalar(Scalar(""))
            for addition in additions where !items.contains(where: { $0.hasSameValue(as: addition) }) {
                items.append(addition)
            }
            target.content = .sequence(items)
        default:
            target = update
        }
    }
}

extension JSONPath.Segment {
    /// Whether a mapping's value is selected (keys are matched by the caller).
    func selects(value: Node) -> Bool {
        switch self {
        case .key, .index: return false
        case .wildcard: return true
        case .filter(let key, let expected): return value.hasString(expected, at: key)
        }
    }

    /// Whether item `index` of a sequence of `count` items is selected.
    func selects(item: Node, at index: Int, of count: Int) -> Bool {
        switch self {
        case .key: return false
        case .wildcard: return true
        case .index(let wanted): return wanted == index || (wanted < 0 && count + wanted == index)
        case .filter(let key, let expected): return item.hasString(expected, at: key)
        }
    }
}

extension Node {
    /// Whether the node is a mapping whose `key` holds the scalar `expected`.
    func hasString(_ expected: String, at key: String) -> Bool {
        self[key]?.scalar?.value == expected
    }
}
