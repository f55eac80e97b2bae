import GenYAML

/// Reads the fields of an overlay document, collecting every problem with its position.
struct OverlayReader {
    private(set) var diagnostics: [Diagnostic] = []

    private mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
    }

    /// Fields Overlay 1.0.0 defines at the top level; `x-` extensions are allowed too.
    private static let documentFields: Set<String> = ["overlay", "info", "extends", "actions"]
    private static let actionFields: Set<String> = ["target", "description", "update", "remove"]

    mutating func read(_ root: Node) -> [Overlay.Action] {
        guard let pairs = root.mapping else {
            error("an overlay must be a mapping, found \(root.kindDescription)", at: root.location)
            return []
        }
        checkKeys(pairs, allowed: Self.documentFields, in: "an overlay")
        if let version = root["overlay"] {
            if !(version.isString && version.scalar.map { $0.value == "1.0.0" || $0.value.hasPrefix("1.0.") } == true) {
                error("unsupported overlay version; this generator reads 'overlay: 1.0.0'", at: version.location)
            }
        }
        readInfo(root["info"], in: root)
        if let extends = root["extends"], !extends.isString {
            error("'extends' must be a string (a URL), found \(extends.kindDescription)", at: extends.location)
        }
        guard let actionsNode = root["actions"] else {
            error("an overlay needs 'actions', a list of changes", at: root.location)
            return []
        }
        guard let items = actionsNode.sequence, !items.isEmpty else {
            error("'actions' must be a list of at least one action", at: actionsNode.location)
            return []
        }
        return items.compactMap { readAction($0) }
    }

    private mutating func readInfo(_ info: Node?, in root: Node) {
        guard let info else {
            error("an overlay needs 'info' with a 'title' and a 'version'", at: root.location)
            return
        }
        guard let pairs = info.mapping else {
            error("'info' must be a mapping, found \(info.kindDescription)", at: info.location)
            return
        }
        checkKeys(pairs, allowed: ["title", "version"], in: "'info'")
        for field in ["title", "version"] {
            if let value = info[field] {
                if value.scalar == nil || value.isNull {
                    error("'info.\(field)' must be a string, found \(value.kindDescription)", at: value.location)
                }
            } else {
                error("'info' needs a '\(field)'", at: info.location)
            }
        }
    }

    private mutating func readAction(_ node: Node) -> Overlay.Action? {
        guard let pairs = node.mapping else {
            error("an action must be a mapping, found \(node.kindDescription)", at: node.location)
            return nil
        }
        checkKeys(pairs, allowed: Self.actionFields, in: "an action")
        if let description = node["description"], !description.isString {
            error("an action's 'description' must be a string", at: description.location)
        }
        guard let targetNode = node["target"] else {
            error("an action needs a 'target', a JSONPath such as $.paths['/v3/...'].post", at: node.location)
            return nil
        }
        guard targetNode.isString, let text = targetNode.scalar?.value else {
            error("'target' must be a string, found \(targetNode.kindDescription)", at: targetNode.location)
            return nil
        }
        let path: JSONPath
        do {
            path = try JSONPath(text)
        } catch {
            self.error(
                "invalid target '\(text)': \(error.message) (at character \(error.offset + 1))", at: targetNode.location
            )
            return nil
        }
        let remove: Bool
        if let removeNode = node["remove"] {
            guard let flag = removeNode.bool else {
                error("'remove' must be true or false, found \(removeNode.kindDescription)", at: removeNode.location)
                return nil
            }
            remove = flag
        } else {
            remove = false
        }
        let update = node["update"]
        if remove {
            if update != nil {
                error("an action either updates or removes its target, not both", at: node.location)
                return nil
            }
            if path.segments.isEmpty {
                error("the root cannot be removed", at: targetNode.location)
                return nil
            }
            return Overlay.Action(target: path, location: targetNode.location, change: .remove)
        }
        guard let update else {
            error("an action needs 'update' (what to merge) or 'remove: true'", at: node.location)
            return nil
        }
        return Overlay.Action(target: path, location: targetNode.location, change: .update(update))
    }

    private mutating func checkKeys(_ pairs: [Node.Pair], allowed: Set<String>, in place: String) {
        for pair in pairs {
            guard let key = pair.key.scalar?.value else {
                error("keys of \(place) must be strings", at: pair.key.location)
                continue
            }
            if !allowed.contains(key), !key.hasPrefix("x-") {
                let known = allowed.sorted().map { "'\($0)'" }.joined(separator: ", ")
                error("unknown field '\(key)' in \(place); expected \(known) or an x- extension", at: pair.key.location)
            }
        }
    }
}
