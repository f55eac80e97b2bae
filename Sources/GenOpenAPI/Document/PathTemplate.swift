import GenYAML

/// The `{name}` placeholders of a path and the path parameters that must match them.
extension ParseContext {
    /// Reports a placeholder without a declared path parameter, and a path parameter without a
    /// placeholder.
    func checkPathTemplate(
        _ path: String,
        parameters: [ParameterUse],
        of operation: String,
        at location: SourceLocation
    ) {
        let placeholders = Self.placeholders(in: path)
        let declared = parameters.filter { $0.parameter.location == .path }
        for placeholder in placeholders where !declared.contains(where: { $0.parameter.name == placeholder }) {
            error(
                "path parameter '\(placeholder)' of '\(path)' is not declared in the parameters of \(operation)",
                at: location
            )
        }
        for use in declared where !placeholders.contains(use.parameter.name) {
            error("path parameter '\(use.parameter.name)' is not in the path template '\(path)'", at: use.location)
        }
    }

    /// The names between braces, in order: `/v3/a/{id}/b/{no}` gives `id`, `no`.
    static func placeholders(in path: String) -> [String] {
        var names: [String] = []
        var rest = path[...]
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else {
                break
            }
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
