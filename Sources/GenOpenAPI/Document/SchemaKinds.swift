import GenYAML

/// Deciding what a schema is from its keywords: a reference, a composition, a typed schema, or
/// (by what it holds) an untyped object, array or string enum.
extension ParseContext {
    func decideKind(of schema: inout Schema, from keywords: SchemaKeywords) {
        if let reference = keywords.reference {
            if let name = resolveSchemaReference(reference) {
                schema.kind = .reference(SchemaRef(name: name))
            }
            return
        }
        if keywords.negation != nil {
            warning("unsupported keyword 'not' at \(pointer); the schema is treated as any value", at: schema.location)
            return
        }
        if let composition = keywords.compositions.first {
            schema.kind = composedKind(composition, keywords: keywords, at: schema.location)
            return
        }
        guard let typeNode = keywords.type else {
            schema.kind = inferredKind(keywords, at: schema.location)
            return
        }
        guard let type = typeName(typeNode, nullable: &schema.nullable) else {
            return
        }
        switch type {
        case "object":
            schema.kind = .object(parseObject(keywords))
        case "array":
            schema.kind = .array(items: parseItems(keywords, at: schema.location))
        case "string":
            schema.kind = .string(format: keywords.format, enumValues: parseEnum(keywords))
        case "integer":
            schema.kind = .integer(format: keywords.format, enumValues: parseEnum(keywords))
        case "number":
            schema.kind = .number(format: keywords.format)
        case "boolean":
            schema.kind = .boolean
        case "null":
            warning("unsupported type 'null' at \(pointer); treated as any value", at: typeNode.location)
        default:
            error(
                "unknown type '\(type)'; expected array, boolean, integer, number, object or string",
                at: typeNode.location
            )
        }
    }

    /// A schema without `type`: what its other keywords imply.
    private func inferredKind(_ keywords: SchemaKeywords, at location: SourceLocation) -> Schema.Kind {
        if keywords.properties != nil || keywords.additionalProperties != nil {
            return .object(parseObject(keywords))
        }
        if keywords.items != nil {
            return .array(items: parseItems(keywords, at: location))
        }
        if keywords.enumValues != nil {
            return .string(format: keywords.format, enumValues: parseEnum(keywords))
        }
        return .any
    }

    /// The type's name; a 3.1 list like `[string, 'null']` gives `string` and makes it nullable.
    /// `nil` when the type is unusable (already reported).
    private func typeName(_ node: Node, nullable: inout Bool) -> String? {
        if node.isNull {
            return "null"
        }
        if let scalar = node.scalar {
            return scalar.value
        }
        guard node.sequence != nil else {
            wrongType(node, field: "type", expected: "a string")
            return nil
        }
        guard let names = strings(node, field: "type") else {
            return nil
        }
        let types = names.filter { $0 != "null" }
        if types.count < names.count {
            nullable = true
        }
        if types.count <= 1 {
            return types.first ?? "null"
        }
        let list = types.map { "'\($0)'" }.joined(separator: ", ")
        warning("several types (\(list)) at \(pointer) are not supported; treated as any value", at: node.location)
        return nil
    }

    private func composedKind(
        _ composition: (keyword: String, node: Node),
        keywords: SchemaKeywords,
        at location: SourceLocation
    ) -> Schema.Kind {
        for ignored in keywords.compositions.dropFirst() {
            warning(
                "'\(ignored.keyword)' beside '\(composition.keyword)' at \(pointer) is not supported; ignored",
                at: ignored.node.location
            )
        }
        var members = within(composition.keyword) { parseSchemaList(composition.node, field: composition.keyword) }
        let hasObjectKeywords = keywords.properties != nil || keywords.additionalProperties != nil
        switch composition.keyword {
        case "allOf":
            if hasObjectKeywords {
                members.append(Schema(.object(parseObject(keywords)), location: location))
            }
            return .allOf(members)
        case "oneOf":
            if hasObjectKeywords {
                warning("'properties' beside 'oneOf' at \(pointer) are not supported; ignored", at: location)
            }
            return .oneOf(members)
        default:
            if hasObjectKeywords {
                warning("'properties' beside 'anyOf' at \(pointer) are not supported; ignored", at: location)
            }
            return .anyOf(members)
        }
    }

    private func parseSchemaList(_ node: Node, field: String) -> [Schema] {
        guard let items = sequence(node, field: field) else {
            return []
        }
        return items.enumerated().map { index, item in
            within(String(index)) { parseSchema(item) }
        }
    }

    private func parseObject(_ keywords: SchemaKeywords) -> ObjectSchema {
        var object = ObjectSchema()
        if let node = keywords.properties, let pairs = mapping(node, field: "properties") {
            object.properties.reserveCapacity(pairs.count)
            within("properties") {
                // By position: a pair copied out of the array costs a retain for each of its strings.
                for index in pairs.indices {
                    guard let name = pairs[index].key.scalar?.value else {
                        continue
                    }
                    object.properties.append(
                        Property(name: name, schema: within(name) { parseSchema(pairs[index].value) }))
                }
            }
        }
        if let node = keywords.required, let names = strings(node, field: "required") {
            object.required = Set(names)
        }
        if let node = keywords.additionalProperties {
            if let allowed = node.bool {
                object.additionalProperties = .allowed(allowed)
            } else if node.mapping != nil {
                object.additionalProperties = .schema(within("additionalProperties") { parseSchema(node) })
            } else {
                wrongType(node, field: "additionalProperties", expected: "a boolean or a schema")
            }
        }
        return object
    }

    private func parseItems(_ keywords: SchemaKeywords, at location: SourceLocation) -> Schema {
        guard let node = keywords.items else {
            warning("array schema at \(pointer) has no 'items'; its items are treated as any value", at: location)
            return Schema(.any, location: location)
        }
        return within("items") { parseSchema(node) }
    }

    /// `enum` values as text; nulls (a nullable enum's `null`) are left out.
    private func parseEnum(_ keywords: SchemaKeywords) -> [String]? {
        guard let node = keywords.enumValues, let items = sequence(node, field: "enum") else {
            return nil
        }
        var values: [String] = []
        values.reserveCapacity(items.count)
        for (index, item) in items.enumerated() where !item.isNull {
            if let value = string(item, field: "enum[\(index)]") {
                values.append(value)
            }
        }
        return values
    }
}
