import GenYAML

/// The keywords of one schema object that decide its kind, gathered before deciding it.
struct SchemaKeywords {
    var reference: Node?
    var type: Node?
    var format: String?
    var enumValues: Node?
    var properties: Node?
    var required: Node?
    var items: Node?
    var additionalProperties: Node?
    /// `allOf`, `oneOf`, `anyOf` in document order, with their lists.
    var compositions: [(keyword: String, node: Node)] = []
    var negation: Node?
}

extension ParseContext {
    /// Reads one schema object; the context's pointer must be at it.
    ///
    /// Never fails: a problem is recorded and the schema (or the broken part) becomes `.any`.
    func parseSchema(_ node: Node) -> Schema {
        var schema = Schema(.any, location: node.location)
        guard let pairs = node.mapping else {
            error("a schema must be a mapping, found \(node.kindDescription)", at: node.location)
            return schema
        }
        var keywords = SchemaKeywords()
        for pair in pairs {
            guard let key = pair.key.scalar?.value else {
                continue
            }
            let value = pair.value
            switch key {
            case "$ref": keywords.reference = value
            case "type": keywords.type = value
            case "format": keywords.format = optionalString(value, field: key)
            case "enum": keywords.enumValues = value
            case "properties": keywords.properties = value
            case "required": keywords.required = value
            case "items": keywords.items = value
            case "additionalProperties": keywords.additionalProperties = value
            case "allOf", "oneOf", "anyOf": keywords.compositions.append((key, value))
            case "not": keywords.negation = value
            case "title": schema.title = optionalString(value, field: key)
            case "description": schema.description = optionalString(value, field: key)
            case "example": schema.example = value.isNull ? nil : value.scalar?.value
            case "nullable": schema.nullable = bool(value, field: key) ?? false
            case "deprecated": schema.deprecated = bool(value, field: key) ?? false
            default:
                if !Self.ignoredSchemaKeywords.contains(key) {
                    unknownKey(key, in: "schema", at: pair.key.location)
                }
            }
        }
        decideKind(of: &schema, from: keywords)
        return schema
    }

    /// The schemas under `components/schemas`, in document order.
    func parseComponentSchemas(_ node: Node) -> [NamedSchema] {
        guard let pairs = mapping(node, field: "schemas") else {
            return []
        }
        var schemas: [NamedSchema] = []
        schemas.reserveCapacity(pairs.count)
        for pair in pairs {
            guard let name = pair.key.scalar?.value else {
                continue
            }
            let schema = within(name) { parseSchema(pair.value) }
            if case .reference(let target) = schema.kind, let reference = pair.value["$ref"],
                reference.scalar?.value.utf8.first == UInt8(ascii: "#")
            {
                plainSchemaReferences.append((name, target.name, reference.location))
            }
            let isRuntimeType = pair.value["x-alipay-runtime-type"].flatMap { node in
                within(name) { bool(node, field: "x-alipay-runtime-type") }
            }
            schemas.append(NamedSchema(name: name, schema: schema, isRuntimeType: isRuntimeType ?? false))
        }
        return schemas
    }

    /// Keywords that change nothing this generator produces: validation limits, documentation.
    static let ignoredSchemaKeywords: Set<String> = [
        "default", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems",
        "minProperties", "maxProperties", "readOnly", "writeOnly", "xml", "externalDocs",
        "discriminator", "examples", "const", "$schema", "$id", "$comment",
        "contentMediaType", "contentEncoding",
    ]
}
