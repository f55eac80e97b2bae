import GenSDKModel

/// A Swift expression in a usage example: a literal, or a call whose arguments are expressions.
struct ExampleValue {
    /// The literal, or what is called: a type (`TradeCreateModel`) or a union case (`.member`).
    let text: String
    /// The call's arguments, each with its label (`""` for none); `nil` for a literal.
    let arguments: [(label: String, value: ExampleValue)]?
    /// Whether the expression needs Foundation: it is or contains a `Data` value.
    let needsFoundation: Bool

    /// A literal; `needsFoundation` when it makes a Foundation value (`Data()`).
    static func literal(_ text: String, needsFoundation: Bool = false) -> ExampleValue {
        ExampleValue(text: text, arguments: nil, needsFoundation: needsFoundation)
    }

    static func call(_ callee: String, _ arguments: [(label: String, value: ExampleValue)]) -> ExampleValue {
        ExampleValue(
            text: callee, arguments: arguments, needsFoundation: arguments.contains { $0.value.needsFoundation })
    }

    /// The expression on one line.
    var oneLine: String {
        guard let arguments else { return text }
        return text + "(" + arguments.map { Self.argument($0.label, $0.value.oneLine) }.joined(separator: ", ") + ")"
    }

    /// `prefix`, the expression and `suffix`, as the format lays them out in a file where the lines are
    /// indented by `indent`: on one line if it fits, else a call with one argument a line and `)` on a
    /// line of its own.
    func lines(prefix: String, suffix: String = "", indent: Int) -> [String] {
        let line = prefix + oneLine + suffix
        guard let arguments, !arguments.isEmpty, indent + line.count > DocComment.lineLength else {
            return [line]
        }
        var lines = [prefix + text + "("]
        for (index, argument) in arguments.enumerated() {
            lines += argument.value.lines(
                prefix: Self.argument(argument.label, ""), suffix: index < arguments.count - 1 ? "," : "",
                indent: indent + 4
            ).map { "    " + $0 }
        }
        return lines + [")" + suffix]
    }

    private static func argument(_ label: String, _ value: String) -> String {
        label.isEmpty ? value : label + ": " + value
    }
}
