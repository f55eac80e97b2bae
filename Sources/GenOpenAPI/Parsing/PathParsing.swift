import GenYAML

/// `paths`: each path item's operations, with the path-level parameters merged into each.
extension ParseContext {
    /// The pointer must be at `paths`.
    func parsePaths(_ node: Node) -> [Operation] {
        guard let pairs = mapping(node, field: "paths") else {
            return []
        }
        var operations: [Operation] = []
        operations.reserveCapacity(pairs.count)
        for pair in pairs {
            guard let path = pair.key.scalar?.value, !path.hasPrefix("x-") else {
                continue
            }
            if !path.hasPrefix("/") {
                error("path '\(path)' must start with '/'", at: pair.key.location)
            }
            operations += within(path) { parsePathItem(path, pair.value) }
        }
        return operations
    }

    private func parsePathItem(_ path: String, _ node: Node) -> [Operation] {
        guard let pairs = mapping(node, field: path) else {
            return []
        }
        let shared = node["parameters"].map { parameters in within("parameters") { parseParameterList(parameters) } }
        var operations: [Operation] = []
        for pair in pairs {
            guard let key = pair.key.scalar?.value else {
                continue
            }
            if let method = Self.methods[key] {
                let operation = within(key) {
                    parseOperation(method, path: path, key: pair.key, node: pair.value, shared: shared ?? [])
                }
                if let operation {
                    operations.append(operation)
                }
                continue
            }
            switch key {
            case "parameters", "summary", "description", "servers":
                break
            case "head", "options", "trace":
                within(key) {
                    warning(
                        "unsupported method '\(key)' at \(pointer); the operation is skipped", at: pair.key.location)
                }
            case "$ref":
                warning("a path item '$ref' at \(pointer) is not supported; ignored", at: pair.key.location)
            default:
                unknownKey(key, in: "path item", at: pair.key.location)
            }
        }
        return operations
    }

    /// Path item keys of the methods this generator supports.
    static let methods: [String: HTTPMethod] = [
        "get": .get, "post": .post, "put": .put, "patch": .patch, "delete": .delete,
    ]
}
