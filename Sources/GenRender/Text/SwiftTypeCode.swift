import GenSDKModel

extension SwiftType {
    /// The type as Swift code: `[String: TradeInfo]?`, `AlipayErrorBody<A.Code, B.Code>`. The one
    /// place a type becomes text.
    package var code: String {
        var code = ""
        write(to: &code)
        return code
    }

    private func write(to code: inout String) {
        switch self {
        case .named(let name):
            code += name
        case .nested(let outer, let name):
            outer.write(to: &code)
            code += "."
            code += name
        case .generic(let base, let arguments):
            code += base
            code += "<"
            for (index, argument) in arguments.enumerated() {
                if index > 0 {
                    code += ", "
                }
                argument.write(to: &code)
            }
            code += ">"
        case .optional(let wrapped):
            wrapped.write(to: &code)
            code += "?"
        case .array(let element):
            code += "["
            element.write(to: &code)
            code += "]"
        case .dictionary(let key, let value):
            code += "["
            key.write(to: &code)
            code += ": "
            value.write(to: &code)
            code += "]"
        }
    }
}
