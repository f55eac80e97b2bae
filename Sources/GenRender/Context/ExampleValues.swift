import GenSDKModel

/// The values usage examples pass for required parameters and properties.
///
/// A property's value is the spec's `example` when it has one that is a literal of the property's
/// type; otherwise a plain placeholder: `"value"`, `1`, `1.0`, `true`, `[]`, `[:]`. An enum takes the
/// case its example names, else its first case; a union its first member; a model its example
/// initializer, which passes every required property and nothing else (`Model()` when none is
/// required). Models cannot contain themselves (``RecursionCheck``), so the values are finite.
struct ExampleValues: Sendable {
    /// The models the values follow types to.
    let models: ModelTable

    /// A value of `type`. `example` is the spec's example text; `owner` is the model whose nested enums `type`
    /// may name.
    func value(of type: SwiftType, example: String? = nil, in owner: ModelType? = nil) -> ExampleValue {
        let example = example.flatMap { $0.isEmpty ? nil : $0 }
        let name: String
        switch type {
        case .named(let named): name = named
        case .optional(let wrapped): return value(of: wrapped, example: example, in: owner)
        case .array: return .literal("[]")
        case .dictionary: return .literal("[:]")
        case .nested, .generic: return .call(type.code, [])
        }
        if let nested = owner?.nestedEnums.first(where: { $0.name == name }) {
            return enumCase(nested.cases, example: example)
        }
        switch type {
        case .string: return .literal(SwiftLiteral.string(example ?? "value"))
        case .int64, .int32: return .literal(integer(example, fitsInt32: type == .int32) ?? "1")
        case .double, .float: return .literal(decimal(example) ?? "1.0")
        case .bool: return .literal(example == "false" ? "false" : "true")
        case .data: return .literal("Data()", needsFoundation: true)
        case .jsonValue: return .literal(".null")
        default: break
        }
        guard let model = models[name] else { return .call(name, []) }
        switch model.kind {
        case .structure(let properties):
            return .call(
                name,
                properties.filter(\.isRequired).map {
                    (label: Identifiers.plain($0.name), value: value(of: $0.type, example: $0.example, in: model))
                })
        case .stringEnum(let cases):
            return enumCase(cases, example: example)
        case .union(let members, _):
            guard let first = members.first else { return .call(name, []) }
            return .call("." + first.name, [(label: "", value: value(of: first.type))])
        case .alias(let aliased):
            return value(of: aliased, example: example)
        }
    }

    private func enumCase(_ cases: [EnumCase], example: String?) -> ExampleValue {
        guard let chosen = cases.first(where: { $0.rawValue == example }) ?? cases.first else {
            return .literal(SwiftLiteral.string(example ?? "value"))
        }
        return .literal("." + chosen.name)
    }

    /// The example as an integer literal of the type, digits grouped by three as the format wants them
    /// from seven digits on.
    private func integer(_ example: String?, fitsInt32: Bool) -> String? {
        guard let example, let value = Int64(example), !fitsInt32 || Int32(exactly: value) != nil else { return nil }
        let digits = String(value.magnitude)
        guard digits.count >= 7 else { return String(value) }
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: "_")
    }

    /// The example as a decimal literal: plain digits with at most one point and six digits before it.
    private func decimal(_ example: String?) -> String? {
        guard let example, Double(example) != nil else { return nil }
        let unsigned = example.hasPrefix("-") ? example.dropFirst() : Substring(example)
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { "0"..."9" ~= $0 } }),
            parts[0].count <= 6
        else { return nil }
        return parts.count == 1 ? example + ".0" : example
    }
}
