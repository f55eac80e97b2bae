import GenYAML

/// Reading a field's value as the type OpenAPI wants, reporting a value of the wrong type at the
/// value itself: `'operationId' must be a string, found a sequence`.
extension ParseContext {
    /// Any scalar but null, as text (`version: 1.0` is the string `1.0`).
    func string(_ node: Node, field: String) -> String? {
        if let scalar = node.scalar, !node.isNull {
            return scalar.value
        }
        wrongType(node, field: field, expected: "a string")
        return nil
    }

    /// Like `string`, but null (`description:` with nothing after it) is simply absent.
    func optionalString(_ node: Node, field: String) -> String? {
        node.isNull ? nil : string(node, field: field)
    }

    func bool(_ node: Node, field: String) -> Bool? {
        if let value = node.bool {
            return value
        }
        wrongType(node, field: field, expected: "a boolean")
        return nil
    }

    func mapping(_ node: Node, field: String) -> [Node.Pair]? {
        if let pairs = node.mapping {
            return pairs
        }
        wrongType(node, field: field, expected: "a mapping")
        return nil
    }

    func sequence(_ node: Node, field: String) -> [Node]? {
        if let items = node.sequence {
            return items
        }
        wrongType(node, field: field, expected: "a sequence")
        return nil
    }

    /// A sequence of strings, e.g. `tags` or a schema's `required`; wrong items are reported one by one.
    func strings(_ node: Node, field: String) -> [String]? {
        guard let items = sequence(node, field: field) else {
            return nil
        }
        var strings: [String] = []
        strings.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            if let value = string(item, field: "\(field)[\(index)]") {
                strings.append(value)
            }
        }
        return strings
    }

    func wrongType(_ node: Node, field: String, expected: String) {
        error("'\(field)' must be \(expected), found \(node.kindDescription)", at: node.location)
    }

    /// `missing required field 'title' in 'info'`, at the object that lacks it.
    func missing(_ field: String, in owner: String?, at location: SourceLocation) {
        let place = owner.map { " in \($0)" } ?? ""
        error("missing required field '\(field)'\(place)", at: location)
    }

    /// A key this parser does not know: a warning unless it is an `x-` extension.
    func unknownKey(_ key: String, in owner: String, at location: SourceLocation) {
        guard !key.hasPrefix("x-") else {
            return
        }
        warning("unknown key '\(key)' in \(owner) at \(pointer); ignored", at: location)
    }
}
