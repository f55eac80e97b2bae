import GenOpenAPI
import GenSDKModel
import GenTemplate

/// The template context of one API class file and its Markdown page.
struct APIContext {
    let api: APIClass
    let header: [String]
    /// What the usage examples pass, and the models they and the docs follow types to.
    let exampleValues: ExampleValues

    func make() -> TemplateObject {
        [
            "header": .lines(header),
            "name": .text(api.name),
            "tag": .text(api.tag),
            "docLines": .lines(
                DocComment.block(
                    DocComment.lines(
                        [api.documentation.isEmpty ? ["The \(api.tag) operations."] : api.documentation], indent: 0),
                    indent: 0)),
            "docText": .lines(api.documentation.map(MarkdownText.prose)),
            "methods": .objects(api.methods.map(method)),
            "exampleDocLines": .lines(
                DocComment.rawLines(
                    [
                        "The usage examples of `\(api.name)` shown in docs/\(api.name).md, compiled so that they stay correct."
                    ],
                    indent: 0)),
        ]
    }

    private func method(_ method: APIMethod) -> TemplateObject {
        let declarations = parameterDeclarations(method)
        let queryItems = method.parameters.filter { $0.role == .query }
        let headers = method.parameters.filter { $0.role == .header }
        let files = method.parameters.filter { $0.role == .file }
        let pathParameters = method.parameters.filter { $0.role == .path }
        let bodyArgument = bodyArgument(method)
        return [
            "name": .text(method.name),
            "plainName": .text(Identifiers.plain(method.name)),
            "operationId": .text(method.operationId),
            "httpMethod": .text(method.httpMethod),
            "httpMethodCase": .text(method.httpMethod.lowercased()),
            "path": .text(method.path),
            "pathLiteral": .text(SwiftLiteral.string(method.path)),
            "hasPathParameters": .bool(!pathParameters.isEmpty),
            "pathParameters": .objects(
                pathParameters.enumerated().map { index, parameter in
                    [
                        "wireName": .text(SwiftLiteral.string(parameter.wireName)), "name": .text(parameter.name),
                        "isLast": .bool(index == pathParameters.count - 1),
                    ]
                }),
            "docLines": .lines(DocComment.block(docLines(method), indent: 4)),
            "deprecated": .bool(method.deprecated),
            "parameters": .objects(
                declarations.enumerated().map { index, declaration in
                    ["declaration": .text(declaration), "isLast": .bool(index == declarations.count - 1)]
                }),
            "returnType": .text(method.returnType.code),
            "returnTypeIsModel": .bool(isStructure(method.returnType)),
            "returnTypeFile": .text(exampleValues.models.file(of: method.returnType) ?? ""),
            "errorType": .text(method.errorType.code),
            "hasQueryItems": .bool(!queryItems.isEmpty),
            "queryItems": .objects(
                queryItems.map { ["name": .text($0.name), "wireName": .text(SwiftLiteral.string($0.wireName))] }),
            "hasHeaders": .bool(!headers.isEmpty),
            "headers": .objects(headers.map(partContext)),
            "hasFiles": .bool(!files.isEmpty),
            "files": .objects(files.map(partContext)),
            "hasBody": .bool(bodyArgument != nil),
            "bodyArgument": .text(bodyArgument ?? ""),
            "isNeverError": .bool(method.errorType == .never),
            "summaryText": .text(MarkdownText.cell(method.summary.joined(separator: " "))),
            "docText": .lines(
                (method.summary + (method.documentation == method.summary ? [] : [""] + method.documentation))
                    .map(MarkdownText.prose)),
            "signature": .text(signature(method, declarations: declarations)),
            "example": .lines(ExampleCode(api: api, method: method, values: exampleValues).lines),
            "parameterRows": .objects(method.parameters.map { parameterRow($0, isV2: method.v2 != nil) }),
            "request": .text(DocsIndexContext.request(method)),
            "isV3": .bool(method.v2 == nil),
            "isV2": .bool(method.v2 != nil),
            "isV2Page": .bool(method.v2?.call == .page),
            "hasTextParameters": .bool(method.v2 != nil && !queryItems.isEmpty),
            "textParameters": .objects(queryItems.map(textParameter)),
            "v2Call": .text(v2Call(method, hasTextParameters: !queryItems.isEmpty)),
        ]
    }

    /// `parameters["notify_url"] = notifyURL`: a v2 text parameter, sent when it is not `nil`.
    private func textParameter(_ parameter: MethodParameter) -> TemplateObject {
        let isText = parameter.type.unwrapped == .string
        let value =
            isText
            ? parameter.name : parameter.name + (parameter.isOptional ? "?" : "") + ".parameterText"
        return ["wireName": .text(SwiftLiteral.string(parameter.wireName)), "value": .text(value)]
    }

    /// The arguments of the `client.v2` call a v2 method makes: the API, the body model, the text
    /// parameters and, for a page call, the HTTP method.
    private func v2Call(_ method: APIMethod, hasTextParameters: Bool) -> String {
        guard let v2 = method.v2 else { return "" }
        var arguments = [SwiftLiteral.string(v2.method)]
        if case .json(let name) = method.body {
            arguments.append("model: \(name)")
        }
        if hasTextParameters {
            arguments.append("parameters: parameters")
        }
        if v2.call == .page {
            arguments.append("httpMethod: httpMethod")
        }
        let function = v2.call == .page ? "pageExecute" : "sdkExecute"
        return "client.v2.\(function)(\n            \(arguments.joined(separator: ", ")))"
    }

    /// A header or file part: its Swift name, wire name and whether it may be left out.
    private func partContext(_ parameter: MethodParameter) -> TemplateObject {
        [
            "name": .text(parameter.name), "wireName": .text(SwiftLiteral.string(parameter.wireName)),
            "isOptional": .bool(parameter.isOptional),
        ]
    }

    /// `_ model: X = X()`, `activityId: String`, `pageNo: Int64? = nil`, ..., `options: ...`.
    private func parameterDeclarations(_ method: APIMethod) -> [String] {
        var declarations: [String] = []
        for parameter in method.parameters {
            switch parameter.role {
            case .body where method.isJSONBody(parameter):
                declarations.append("_ \(parameter.name): \(bodyType(parameter).code)\(bodyDefault(parameter))")
            case .body:
                declarations.append("\(parameter.name): \(bodyType(parameter).code)\(bodyDefault(parameter))")
            default:
                declarations.append("\(parameter.name): \(parameter.type.code)\(parameter.isOptional ? " = nil" : "")")
            }
        }
        switch method.v2?.call {
        case nil:
            declarations.append("options: \(RuntimeNames.requestOptions) = \(RuntimeNames.requestOptions)()")
        case .page: declarations.append("httpMethod: \(RuntimeNames.v2Client).PageMethod = .post")
        case .sdk, .server: break
        }
        return declarations
    }

    /// Whether `type` is a generated struct, which has an `init()`.
    private func isStructure(_ type: SwiftType) -> Bool {
        exampleValues.models.isStructure(type)
    }

    /// Optional struct bodies default to an empty model; other optional bodies are Swift optionals.
    private func bodyType(_ parameter: MethodParameter) -> SwiftType {
        parameter.isOptional && !isStructure(parameter.type) ? .optional(parameter.type) : parameter.type
    }

    private func bodyDefault(_ parameter: MethodParameter) -> String {
        guard parameter.isOptional else { return "" }
        return isStructure(parameter.type) ? " = .init()" : " = nil"
    }

    private func bodyArgument(_ method: APIMethod) -> String? {
        switch method.body {
        case .none:
            return nil
        case .json(let name):
            let parameter = method.parameters.first { $0.name == name }!
            if bodyType(parameter).isOptional {
                return "\(name).map { \(RuntimeNames.requestBody).json($0) } ?? .none"
            }
            return ".json(\(name))"
        case .multipart(let data, let files):
            return ".multipart(data: \(data ?? "nil"), files: \(files.isEmpty ? "[]" : "files"))"
        }
    }

    private func docLines(_ method: APIMethod) -> [String] {
        let indent = 4
        var lines = DocComment.lines(
            [method.summary, method.documentation == method.summary ? [] : method.documentation], indent: indent)
        if !lines.isEmpty {
            lines.append("///")
        }
        if let v2 = method.v2 {
            return lines + v2DocLines(method, v2: v2, indent: indent)
        }
        lines += DocComment.rawLines(["`\(method.httpMethod) \(method.path)`"], indent: indent)
        lines.append("///")
        let optionsText = "Per-call settings: app auth token, extra headers and query items, request id, timeout."
        // `options` alone is a single inline `- Parameter` item, as the documentation format wants.
        guard !method.parameters.isEmpty else {
            return lines + parameterLines("- Parameter options", optionsText, indent: indent, listIndent: "")
                + returnsAndThrows(method, indent: indent)
        }
        lines.append("/// - Parameters:")
        for parameter in method.parameters {
            let text = parameter.documentation.joined(separator: " ")
            let fallback: String
            switch parameter.role {
            case .body: fallback = "The request body."
            case .file: fallback = "The file sent as the `\(parameter.wireName)` part."
            default: fallback = "The `\(parameter.wireName)` parameter."
            }
            lines += parameterLines(
                Identifiers.plain(parameter.name), text.isEmpty ? fallback : DocComment.escape(text), indent: indent)
        }
        lines += parameterLines("options", optionsText, indent: indent)
        return lines + returnsAndThrows(method, indent: indent)
    }

    /// The `- Returns:` and `- Throws:` items of a v3 method's doc comment.
    private func returnsAndThrows(_ method: APIMethod, indent: Int) -> [String] {
        var lines = ["/// - Returns: The verified response, decoded."]
        if method.errorType == .never {
            lines.append("/// - Throws: `\(RuntimeNames.error)`.")
        } else {
            lines += parameterLines(
                "- Throws",
                "`\(RuntimeNames.error)`; an error body is decoded as `\(method.errorType.code)` in "
                    + "`\(RuntimeNames.apiError).detail`.",
                indent: indent, listIndent: "")
        }
        return lines
    }

    /// The rest of a v2 method's doc comment: where it goes, its parameters, what it returns.
    private func v2DocLines(_ method: APIMethod, v2: V2Binding, indent: Int) -> [String] {
        var lines = DocComment.rawLines(
            ["`\(v2.method)` on the v2 gateway: \(V2CallText.noun(v2.call)), signed here without network."],
            indent: indent)
        lines.append("///")
        lines.append("/// - Parameters:")
        for parameter in method.parameters {
            let text = parameter.documentation.joined(separator: " ")
            let fallback =
                parameter.role == .body
                ? "The request model, sent as `biz_content`." : "The `\(parameter.wireName)` parameter."
            lines += parameterLines(
                Identifiers.plain(parameter.name), text.isEmpty ? fallback : DocComment.escape(text), indent: indent)
        }
        if v2.call == .page {
            lines += parameterLines(
                "httpMethod", "`.post` (the default) for the self-submitting form, `.get` for the URL.", indent: indent)
        }
        lines += parameterLines("- Returns", V2CallText.returns(v2.call), indent: indent, listIndent: "")
        lines += parameterLines(
            "- Throws", "`\(RuntimeNames.error)` when the model cannot be encoded or the request cannot be signed.",
            indent: indent, listIndent: "")
        return lines
    }

    /// A `- name: text` item of a doc comment, continuation lines indented under its text.
    private func parameterLines(_ name: String, _ text: String, indent: Int, listIndent: String = "  - ") -> [String] {
        let prefix = "/// \(listIndent)\(name): "
        let pieces = DocComment.wrap(text, width: DocComment.lineLength - indent - prefix.count)
        let continuation = "/// " + String(repeating: " ", count: listIndent.count + 2)
        return pieces.enumerated().map { index, piece in
            index == 0 ? prefix + piece : continuation + piece
        }
    }

    private func signature(_ method: APIMethod, declarations: [String]) -> String {
        let effects = method.v2 == nil ? "async throws(\(RuntimeNames.error))" : "throws(\(RuntimeNames.error))"
        return "func \(method.name)(\(declarations.joined(separator: ", "))) \(effects) -> \(method.returnType.code)"
    }

    private func parameterRow(_ parameter: MethodParameter, isV2: Bool) -> TemplateObject {
        let location: String
        switch parameter.role {
        case .path: location = "path"
        case .query: location = isV2 ? "text parameter" : "query"
        case .body where isV2: location = "`biz_content`"
        case .header: location = "header"
        case .body: location = "body"
        case .file: location = "file part"
        }
        return [
            "name": .text(Identifiers.plain(parameter.name)),
            "wireName": .text(MarkdownText.cell(parameter.wireName.isEmpty ? "-" : parameter.wireName)),
            "type": .text(MarkdownText.cell(parameter.type.code)),
            "location": .text(location),
            "required": parameter.isOptional ? "no" : "yes",
            "description": .text(MarkdownText.cell(parameter.documentation.joined(separator: " "))),
        ]
    }
}
