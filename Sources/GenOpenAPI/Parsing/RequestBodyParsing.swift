import GenYAML

extension ParseContext {
    /// An inline request body, or a `$ref` to `#/components/requestBodies/<name>` (inlined).
    /// The pointer must be at the body.
    func parseRequestBodyOrReference(_ node: Node) -> RequestBody? {
        guard let reference = node["$ref"] else {
            return parseRequestBody(node)
        }
        guard let name = resolveReference(reference, in: requestBodies.names) else {
            return nil
        }
        return requestBodies.value(
            named: name,
            referencedAt: reference.location,
            in: self,
            parse: parseRequestBodyOrReference
        )
    }

    private func parseRequestBody(_ node: Node) -> RequestBody? {
        guard let pairs = mapping(node, field: "requestBody") else {
            return nil
        }
        var body = RequestBody(content: [])
        var hasContent = false
        for pair in pairs {
            guard let key = pair.key.scalar?.value else {
                continue
            }
            switch key {
            case "description": body.description = optionalString(pair.value, field: key)
            case "required": body.required = bool(pair.value, field: key) ?? false
            case "content":
                hasContent = true
                body.content = within(key) { parseContent(pair.value) }
            default:
                unknownKey(key, in: "request body", at: pair.key.location)
            }
        }
        if !hasContent {
            missing("content", in: "'requestBody'", at: node.location)
        }
        return body
    }
}
