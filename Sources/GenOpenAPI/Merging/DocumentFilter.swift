extension Document {
    /// The document cut down to the operations whose tag starts with one of `tagPrefixes`, and the
    /// schemas they reach, directly or through other schemas.
    public func filtered(tagPrefixes: [String]) -> Document {
        guard !tagPrefixes.isEmpty else { return self }
        var filtered = self
        filtered.operations = operations.filter { operation in
            let tag = operation.tags.first ?? operation.operationId
            return tagPrefixes.contains { tag.hasPrefix($0) }
        }
        let schemas = Dictionary(
            components.schemas.map { ($0.name, $0.schema) }, uniquingKeysWith: { first, _ in first })
        var reached: Set<String> = []
        var queue: [String] = []
        func reach(_ name: String) {
            if reached.insert(name).inserted {
                queue.append(name)
            }
        }
        for operation in filtered.operations {
            operation.forEachReference(reach)
        }
        while let name = queue.popLast() {
            schemas[name]?.forEachReference(reach)
        }
        filtered.components.schemas = components.schemas.filter { reached.contains($0.name) }
        let tags = Set(filtered.operations.compactMap(\.tags.first))
        filtered.tags = self.tags.filter { tags.contains($0.name) }
        return filtered
    }
}

extension Operation {
    /// Calls `body` with the name of every schema the operation's parameters, body and responses refer to.
    public func forEachReference(_ body: (String) -> Void) {
        for parameter in parameters {
            parameter.schema.forEachReference(body)
        }
        for media in requestBody?.content ?? [] {
            media.schema?.forEachReference(body)
        }
        for response in responses {
            for media in response.content {
                media.schema?.forEachReference(body)
            }
        }
    }
}

extension Schema {
    /// Calls `body` with the name of every schema this one refers to, at any depth of inline schemas.
    public func forEachReference(_ body: (String) -> Void) {
        switch kind {
        case .reference(let ref):
            body(ref.name)
        case .object(let object):
            for property in object.properties {
                property.schema.forEachReference(body)
            }
            if case .schema(let additional) = object.additionalProperties {
                additional.forEachReference(body)
            }
        case .array(let items):
            items.forEachReference(body)
        case .allOf(let members), .oneOf(let members), .anyOf(let members):
            for member in members {
                member.forEachReference(body)
            }
        case .string, .integer, .number, .boolean, .any:
            break
        }
    }
}
