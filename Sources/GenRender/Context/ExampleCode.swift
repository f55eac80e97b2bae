import GenSDKModel

/// The body of a usage example for one method: the same lines go into the Markdown page and into
/// a compiled examples file, so an example that stops compiling fails the build.
struct ExampleCode {
    let api: APIClass
    let method: APIMethod
    let structNames: Set<String>

    var lines: [String] {
        var lines = [
            "let config = AlipayConfig(",
            "    appId: \"2021000000000001\", privateKey: appPrivateKey, alipayPublicKey: alipayPublicKey)",
            "let client = try AlipayClient(config: config)",
            "let api = \(api.name)(client: client)",
        ]
        var arguments: [String] = []
        for parameter in method.parameters {
            if parameter.role == .body, structNames.contains(parameter.type) {
                let variable = Identifiers.plain(parameter.name)
                lines.append("let \(variable) = \(parameter.type)()")
                arguments.append(method.isJSONBody(parameter) ? variable : "\(variable): \(variable)")
            } else if let argument = argument(parameter) {
                arguments.append(argument)
            }
        }
        lines.append("let response = try await api.\(method.name)(\(arguments.joined(separator: ", ")))")
        lines.append("print(response)")
        return lines
    }

    /// Whether the example needs Foundation (for `Data`).
    var needsFoundation: Bool {
        method.parameters.contains { $0.role == .file && !$0.isOptional }
    }

    private func argument(_ parameter: MethodParameter) -> String? {
        switch parameter.role {
        case .body:
            return nil
        case .file:
            guard !parameter.isOptional else { return nil }
            return "\(Identifiers.plain(parameter.name)): AlipayFile(bytes: Data(), fileName: \"file.bin\")"
        case .path, .query, .header:
            guard !parameter.isOptional else { return nil }
            return "\(Identifiers.plain(parameter.name)): \(sampleValue(parameter.type))"
        }
    }

    private func sampleValue(_ type: String) -> String {
        switch type {
        case "String": return "\"value\""
        case "Int64", "Int32", "Int": return "1"
        case "Double", "Float": return "1.0"
        case "Bool": return "true"
        default: return type.hasPrefix("[") ? "[]" : "\(type)()"
        }
    }
}
