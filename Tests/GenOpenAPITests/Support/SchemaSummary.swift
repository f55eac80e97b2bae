import GenOpenAPI

/// A schema in one line, to compare whole trees at a glance:
/// `{code!: string<A|B>, count: integer(int64), tags: [string], user: $User}?`.
///
/// `!` marks a required property, `?` a nullable schema, `+` additional properties.
func summary(_ schema: Schema) -> String {
    var text: String
    switch schema.kind {
    case .reference(let reference):
        text = "$" + reference.name
    case .object(let object):
        var parts = object.properties.map { property in
            (object.required.contains(property.name) ? property.name + "!" : property.name) + ": "
                + summary(property.schema)
        }
        switch object.additionalProperties {
        case .allowed(let allowed): parts.append("+\(allowed)")
        case .schema(let schema): parts.append("+" + summary(schema))
        case nil: break
        }
        text = "{" + parts.joined(separator: ", ") + "}"
    case .array(let items):
        text = "[" + summary(items) + "]"
    case .string(let format, let values):
        text = "string" + formatted(format) + enumerated(values)
    case .integer(let format, let values):
        text = "integer" + formatted(format) + enumerated(values)
    case .number(let format):
        text = "number" + formatted(format)
    case .boolean:
        text = "boolean"
    case .allOf(let members):
        text = "allOf(" + members.map(summary).joined(separator: ", ") + ")"
    case .oneOf(let members):
        text = "oneOf(" + members.map(summary).joined(separator: ", ") + ")"
    case .anyOf(let members):
        text = "anyOf(" + members.map(summary).joined(separator: ", ") + ")"
    case .any:
        text = "any"
    }
    return schema.nullable ? text + "?" : text
}

private func formatted(_ format: String?) -> String {
    format.map { "(\($0))" } ?? ""
}

private func enumerated(_ values: [String]?) -> String {
    values.map { "<" + $0.joined(separator: "|") + ">" } ?? ""
}
