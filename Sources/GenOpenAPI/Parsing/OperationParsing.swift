import GenYAML

extension ParseContext {
    /// One operation; `key` is its method key (`post:`), where the operation is located, and
    /// `shared` the path-level parameters. The pointer must be at the operation.
    func parseOperation(
        _ method: HTTPMethod,
        path: String,
        key: Node,
        node: Node,
        shared: [ParameterUse]
    ) -> Operation? {
        guard let pairs = mapping(node, field: key.scalar?.value ?? "operation") else {
            return nil
        }
        var operation = Operation(method: method, path: path, operationId: "", location: key.location)
        var operationId: String?
        var hasOperationId = false
        var own: [ParameterUse] = []
        var responses: [Response]?
        for pair in pairs {
            guard let field = pair.key.scalar?.value else {
                continue
            }
            let value = pair.value
            switch field {
            case "operationId":
                hasOperationId = true
                operationId = string(value, field: field)
                if let operationId {
                    checkUnique(operationId: operationId, at: value.location)
                }
            case "tags": operation.tags = strings(value, field: field) ?? []
            case "summary": operation.summary = optionalString(value, field: field)
            case "description": operation.description = optionalString(value, field: field)
            case "deprecated": operation.deprecated = bool(value, field: field) ?? false
            case "parameters": own = within(field) { parseParameterList(value) }
            case "requestBody": operation.requestBody = within(field) { parseRequestBodyOrReference(value) }
            case "responses": responses = within(field) { parseResponses(value) }
            case "x-alipay-v2": operation.v2 = within(field) { parseV2Binding(value, key: pair.key) }
            case "callbacks", "security", "servers", "externalDocs":
                break
            default:
                unknownKey(field, in: "operation", at: pair.key.location)
            }
        }
        let name = "operation '\(method.rawValue) \(path)'"
        if !hasOperationId {
            missing("operationId", in: name, at: key.location)
        }
        if responses == nil, node["responses"] == nil {
            missing("responses", in: name, at: key.location)
        }
        let merged = Self.merge(shared: shared, own: own)
        checkPathTemplate(path, parameters: merged, of: name, at: key.location)
        guard let operationId else {
            return nil
        }
        operation.operationId = operationId
        operation.parameters = merged.map(\.parameter)
        operation.responses = responses ?? []
        return operation
    }

    private func checkUnique(operationId: String, at location: SourceLocation) {
        if let first = operationIds[operationId] {
            error(
                "duplicate operationId '\(operationId)' (first at line \(first.line), column \(first.column))",
                at: location
            )
        } else {
            operationIds[operationId] = location
        }
    }

    /// Path-level parameters that the operation does not redefine (same name and place), then the
    /// operation's own.
    static func merge(shared: [ParameterUse], own: [ParameterUse]) -> [ParameterUse] {
        guard !shared.isEmpty else {
            return own
        }
        let redefined = Set(own.map { "\($0.parameter.location.rawValue) \($0.parameter.name)" })
        let kept = shared.filter { !redefined.contains("\($0.parameter.location.rawValue) \($0.parameter.name)") }
        return kept + own
    }
}
