import GenOpenAPI
import GenYAML

/// Turns operations into methods of API classes.
struct OperationTranslator {
    var types: TypeAssigner
    var warnings: [Diagnostic] = []

    init(types: TypeAssigner) {
        self.types = types
    }

    /// The API class name an operation belongs to: its first tag, or its operationId without the last segment.
    static func tag(of operation: Operation) -> String {
        if let tag = operation.tags.first, !tag.isEmpty {
            return tag
        }
        let segments = operation.operationId.split(separator: ".")
        return segments.count > 1 ? segments.dropLast().joined(separator: ".") : "default"
    }

    mutating func translate(_ operation: Operation, methodName: String) -> APIMethod {
        let base = Words.upperCamel(operation.operationId)
        var names = NameAllocator(reserved: operation.v2 == nil ? ["options"] : ["options", "httpMethod"])
        var parameters: [MethodParameter] = []
        var body = RequestBodyShape.none

        if let requestBody = operation.requestBody {
            body = translateBody(requestBody, base: base, names: &names, parameters: &parameters)
        }
        for location in [Parameter.Location.path, .query, .header] {
            for parameter in operation.parameters where parameter.location == location {
                if operation.v2 != nil, location != .query {
                    warnings.append(
                        .warning(
                            "\(location.rawValue) parameter '\(parameter.name)' of the v2 operation"
                                + " '\(operation.operationId)' is left out: a v2 call takes text parameters (in: query)",
                            at: parameter.sourceLocation))
                    continue
                }
                parameters.append(translate(parameter, base: base, names: &names, isV2: operation.v2 != nil))
            }
        }
        for parameter in operation.parameters where parameter.location == .cookie {
            warnings.append(
                .warning(
                    "cookie parameter '\(parameter.name)' of '\(operation.operationId)' is not supported and is left out",
                    at: parameter.sourceLocation))
        }

        return APIMethod(
            name: methodName,
            operationId: operation.operationId,
            httpMethod: operation.method.rawValue,
            path: operation.path,
            parameters: parameters,
            body: body,
            summary: DocTextCleaner.clean(operation.summary),
            documentation: DocTextCleaner.clean(operation.description),
            deprecated: operation.deprecated,
            returnType: operation.v2 == nil ? returnType(of: operation, base: base) : .string,
            errorType: operation.v2 == nil ? errorType(of: operation, base: base) : .never,
            v2: operation.v2)
    }

    /// A parameter of the method; `isV2` for a text parameter of a v2 call, named by
    /// `Identifiers.textParameter`.
    private mutating func translate(
        _ parameter: Parameter, base: String, names: inout NameAllocator, isV2: Bool = false
    ) -> MethodParameter {
        var scope: NestedEnumScope? = nil
        let type = types.swiftType(
            for: parameter.schema, owner: base, suggestedName: Words.upperCamel(parameter.name), nestedEnums: &scope)
        let isOptional = !(parameter.required || parameter.location == .path)
        let role: MethodParameter.Role =
            switch parameter.location {
            case .path: .path
            case .header: .header
            case .query, .cookie: .query
            }
        return MethodParameter(
            name: names.claim(isV2 ? Identifiers.textParameter(parameter.name) : Identifiers.member(parameter.name)),
            wireName: parameter.name,
            type: isOptional ? .optional(type) : type,
            role: role,
            isOptional: isOptional,
            documentation: DocTextCleaner.clean(parameter.description ?? parameter.schema.description),
            deprecated: parameter.deprecated)
    }

    private mutating func translateBody(
        _ requestBody: RequestBody,
        base: String,
        names: inout NameAllocator,
        parameters: inout [MethodParameter]
    ) -> RequestBodyShape {
        let documentation = DocTextCleaner.clean(requestBody.description)
        if let json = requestBody.content.first(where: { isJSON($0.contentType) }), let schema = json.schema {
            var scope: NestedEnumScope? = nil
            let type = types.swiftType(for: schema, owner: base, suggestedName: "Model", nestedEnums: &scope)
            let name = names.claim("model")
            parameters.append(
                MethodParameter(
                    name: name, wireName: "", type: type, role: .body, isOptional: !requestBody.required,
                    documentation: documentation))
            return .json(parameter: name)
        }
        if let form = requestBody.content.first(where: { $0.contentType.hasPrefix("multipart/form-data") }),
            let schema = form.schema
        {
            return translateMultipart(
                schema, base: base, required: requestBody.required, names: &names, parameters: &parameters)
        }
        if let first = requestBody.content.first {
            warnings.append(
                .warning(
                    "request body type '\(first.contentType)' is not supported; the method sends no body",
                    at: first.schema?.location))
        }
        return .none
    }

    private mutating func translateMultipart(
        _ schema: Schema,
        base: String,
        required: Bool,
        names: inout NameAllocator,
        parameters: inout [MethodParameter]
    ) -> RequestBodyShape {
        guard case .object(let object) = types.dereference(schema).kind else {
            warnings.append(
                .warning("multipart body of '\(base)' is not an object; the method sends no body", at: schema.location))
            return .none
        }
        var dataParameter: String?
        var fileParameters: [String] = []
        for property in object.properties {
            let target = types.dereference(property.schema)
            let documentation = DocTextCleaner.clean(property.schema.description ?? target.description)
            if case .string(let format, _) = target.kind, format == "binary" {
                let name = names.claim(Identifiers.member(property.name))
                let isOptional = !object.required.contains(property.name)
                parameters.append(
                    MethodParameter(
                        name: name, wireName: property.name, type: isOptional ? .optional(.file) : .file,
                        role: .file,
                        isOptional: isOptional, documentation: documentation))
                fileParameters.append(name)
            } else if property.name == "data", dataParameter == nil {
                var scope: NestedEnumScope? = nil
                let type = types.swiftType(
                    for: property.schema, owner: base, suggestedName: "Model", nestedEnums: &scope)
                let name = names.claim("data")
                parameters.insert(
                    MethodParameter(
                        name: name, wireName: "data", type: type, role: .body,
                        isOptional: !object.required.contains(property.name), documentation: documentation),
                    at: 0)
                dataParameter = name
            } else {
                warnings.append(
                    .warning(
                        "multipart part '\(property.name)' of '\(base)' is neither 'data' nor binary and is left out",
                        at: property.schema.location))
            }
        }
        return .multipart(dataParameter: dataParameter, fileParameters: fileParameters)
    }

    private mutating func returnType(of operation: Operation, base: String) -> SwiftType {
        let success =
            operation.responses.first { $0.status == "200" }
            ?? operation.responses.first { $0.status.hasPrefix("2") }
        guard let success, let media = success.content.first(where: { isJSON($0.contentType) }),
            let schema = media.schema
        else {
            return .emptyBody
        }
        var scope: NestedEnumScope? = nil
        return types.swiftType(for: schema, owner: base, suggestedName: "ResponseModel", nestedEnums: &scope)
    }

    private mutating func errorType(of operation: Operation, base: String) -> SwiftType {
        guard let failure = operation.responses.first(where: { $0.status == "default" }),
            let media = failure.content.first(where: { isJSON($0.contentType) }), let schema = media.schema
        else {
            return .never
        }
        switch schema.kind {
        case .reference(let ref):
            errorDetailTypes.insert(ref.name)
            var scope: NestedEnumScope? = nil
            return types.swiftType(for: schema, owner: base, suggestedName: "DefaultResponse", nestedEnums: &scope)
        default:
            return .named(
                types.hoist(
                    schema, named: base + "ErrorBody", isErrorDetail: true,
                    documentation: [
                        "The error body of \(operation.operationId), handed out in \(RuntimeNames.apiError).detail: the "
                            + "first of the types the spec allows that recognises the code of the body."
                    ],
                    // Called after the spec's `default` response until it was named for what it is: a JSON body.
                    formerName: base + "DefaultResponse"))
        }
    }

    /// Named schemas used directly as an error body: their models conform to `AlipayErrorDetail`.
    var errorDetailTypes: Set<String> = []

    private func isJSON(_ contentType: String) -> Bool {
        contentType.hasPrefix("application/json") || contentType.hasSuffix("+json")
    }
}
