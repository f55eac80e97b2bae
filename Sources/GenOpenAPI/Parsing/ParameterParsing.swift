import GenYAML

/// A parameter as one operation uses it: the definition, and where the operation names it
/// (the inline definition, or the object holding the `$ref`).
struct ParameterUse {
    var parameter: Parameter
    var location: SourceLocation
}

extension ParseContext {
    /// A `parameters` list of a path item or an operation; the pointer must be at the list.
    func parseParameterList(_ node: Node) -> [ParameterUse] {
        guard let items = sequence(node, field: "parameters") else {
            return []
        }
        var uses: [ParameterUse] = []
        var firstLocations: [String: SourceLocation] = [:]
        for (index, item) in items.enumerated() {
            guard let parameter = within(String(index), { parseParameterOrReference(item) }) else {
                continue
            }
            let key = "\(parameter.location.rawValue) \(parameter.name)"
            if let first = firstLocations[key] {
                error(
                    "duplicate parameter '\(parameter.name)' in \(parameter.location.rawValue)"
                        + " (first at line \(first.line), column \(first.column))",
                    at: item.location
                )
                continue
            }
            firstLocations[key] = item.location
            uses.append(ParameterUse(parameter: parameter, location: item.location))
        }
        return uses
    }

    /// An inline parameter, or a `$ref` to `#/components/parameters/<name>` (inlined).
    func parseParameterOrReference(_ node: Node) -> Parameter? {
        guard let reference = node["$ref"] else {
            return parseParameter(node)
        }
        guard let name = resolveReference(reference, in: parameters.names) else {
            return nil
        }
        return parameters.value(
            named: name, referencedAt: reference.location, in: self, parse: parseParameterOrReference)
    }

    private func parseParameter(_ node: Node) -> Parameter? {
        guard let pairs = mapping(node, field: "parameter") else {
            return nil
        }
        var name: String?
        var place: Parameter.Location?
        var hasPlace = false
        var description: String?
        var required = false
        var deprecated = false
        var allowEmptyValue = false
        var schema: Schema?
        for pair in pairs {
            guard let key = pair.key.scalar?.value else {
                continue
            }
            let value = pair.value
            switch key {
            case "name": name = string(value, field: key)
            case "in":
                hasPlace = true
                place = parameterLocation(value)
            case "description": description = optionalString(value, field: key)
            case "required": required = bool(value, field: key) ?? false
            case "deprecated": deprecated = bool(value, field: key) ?? false
            case "allowEmptyValue": allowEmptyValue = bool(value, field: key) ?? false
            case "schema": schema = within(key) { parseSchema(value) }
            case "content":
                schema = within(key) { parseContent(value) }.lazy.compactMap(\.schema).first
            case "style", "explode", "allowReserved", "example", "examples":
                break
            default:
                unknownKey(key, in: "parameter", at: pair.key.location)
            }
        }
        let owner = name.map { "parameter '\($0)'" } ?? "parameter"
        if node["name"] == nil {
            missing("name", in: owner, at: node.location)
        }
        if !hasPlace {
            missing("in", in: owner, at: node.location)
        }
        if schema == nil, node["schema"] == nil, node["content"] == nil {
            missing("schema", in: owner, at: node.location)
        }
        guard let name, let place else {
            return nil
        }
        return Parameter(
            name: name,
            location: place,
            description: description,
            required: required,
            deprecated: deprecated,
            allowEmptyValue: allowEmptyValue,
            schema: schema ?? Schema(.any, location: node.location),
            sourceLocation: node.location
        )
    }

    private func parameterLocation(_ node: Node) -> Parameter.Location? {
        guard let text = string(node, field: "in") else {
            return nil
        }
        guard let place = Parameter.Location(rawValue: text) else {
            error("'in' must be one of query, path, header, cookie; found '\(text)'", at: node.location)
            return nil
        }
        return place
    }
}
