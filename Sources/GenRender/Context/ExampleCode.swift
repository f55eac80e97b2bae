import GenSDKModel

/// The body of a usage example for one method: the same lines go into the Markdown page and into
/// a compiled examples file, so an example that stops compiling fails the build.
///
/// The example passes every required parameter, and builds a struct body before the call with
/// every required property filled (see ``ExampleValues``); optional ones are left out.
struct ExampleCode {
    let api: APIClass
    let method: APIMethod
    let values: ExampleValues

    /// How far the examples file indents the lines, for the line length of the format.
    private static let indent = 8

    var lines: [String] {
        var lines = [
            "let config = AlipayConfig(",
            "    appId: \"2021000000000001\", privateKey: appPrivateKey, alipayPublicKey: alipayPublicKey)",
            "let client = try AlipayClient(config: config)",
            "let api = \(api.name)(client: client)",
        ]
        var arguments: [String] = []
        for parameter in method.parameters {
            if parameter.role == .body, values.isStructure(parameter.type) {
                let variable = Identifiers.plain(parameter.name)
                lines += values.value(of: parameter.type).lines(prefix: "let \(variable) = ", indent: Self.indent)
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
            || lines.contains { TypeText.mentions($0, "Data") }
    }

    private func argument(_ parameter: MethodParameter) -> String? {
        guard !parameter.isOptional else { return nil }
        let name = Identifiers.plain(parameter.name)
        switch parameter.role {
        case .file:
            return "\(name): AlipayFile(bytes: Data(), fileName: \"file.bin\")"
        case .body where method.isJSONBody(parameter):
            return values.value(of: parameter.type).oneLine
        case .body, .path, .query, .header:
            return "\(name): \(values.value(of: parameter.type).oneLine)"
        }
    }
}
