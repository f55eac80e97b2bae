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
            "let config = \(RuntimeNames.config)(",
            "    appId: \"2021000000000001\", privateKey: appPrivateKey, alipayPublicKey: alipayPublicKey)",
            "let client = try \(RuntimeNames.client)(config: config)",
            "let api = \(api.name)(client: client)",
        ]
        var arguments: [(label: String, value: ExampleValue)] = []
        for argument in self.arguments {
            if let variable = argument.variable {
                lines += argument.value.lines(prefix: "let \(variable) = ", indent: Self.indent)
                arguments.append((argument.label, .literal(variable)))
            } else {
                arguments.append((argument.label, argument.value))
            }
        }
        lines += ExampleValue.call("api.\(method.name)", arguments)
            .lines(prefix: method.v2 == nil ? "let response = try await " : "let response = try ", indent: Self.indent)
        lines.append("print(response)")
        return lines
    }

    /// Whether the example needs Foundation (for `Data`, of a file part or a required property).
    var needsFoundation: Bool {
        arguments.contains { $0.value.needsFoundation }
    }

    /// What the call passes, in order: every required parameter, and a struct body, which is built
    /// before the call in the `variable` it is then passed as.
    private var arguments: [(label: String, value: ExampleValue, variable: String?)] {
        var arguments: [(label: String, value: ExampleValue, variable: String?)] = []
        for parameter in method.parameters where !parameter.isOptional || parameter.role == .body {
            let label = method.isJSONBody(parameter) ? "" : Identifiers.plain(parameter.name)
            if parameter.role == .body, values.models.isStructure(parameter.type) {
                arguments.append((label, values.value(of: parameter.type), Identifiers.plain(parameter.name)))
            } else if !parameter.isOptional {
                arguments.append((label, value(parameter), nil))
            }
        }
        return arguments
    }

    private func value(_ parameter: MethodParameter) -> ExampleValue {
        parameter.role == .file
            ? .literal("\(RuntimeNames.file)(bytes: Data(), fileName: \"file.bin\")", needsFoundation: true)
            : values.value(of: parameter.type)
    }
}
