/// Words that cannot stand as a Swift identifier without backticks.
enum SwiftKeywords {
    static let reserved: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate",
        "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private",
        "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias",
        "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for",
        "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "Any", "await",
        "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "_",
    ]

    /// Names that are legal members but break generated code when used as one:
    /// `Type` and `Protocol` clash with metatype syntax, `init` and `self` with the language.
    static let unusableMemberNames: Set<String> = ["Type", "Protocol", "init", "self", "Self", "_"]

    /// Type names the generated module must not declare, because generated or user code refers to
    /// the standard library, Foundation or runtime type of that name.
    static let reservedTypeNames: Set<String> = [
        "Any", "AnyObject", "Array", "Bool", "Codable", "Data", "Date", "Decimal", "Decodable", "Decoder",
        "Dictionary", "Double", "Encodable", "Encoder", "Equatable", "Error", "Float", "Hashable", "Int",
        "Int32", "Int64", "Never", "Optional", "Protocol", "Result", "Self", "Sendable", "Set", "String",
        "Type", "URL", "UUID", "Void",
    ]

    /// Runtime types that generated code uses unqualified.
    static let runtimeTypeNames: Set<String> = [
        "AlipayClient", "AlipayConfig", "AlipayError", "AlipayAPIError", "AlipayRequest", "AlipayRequestBody",
        "AlipayRequestOptions", "AlipayQueryItem", "AlipayFile", "AlipayFilePart", "AlipayStringEnum",
        "AlipayErrorDetail", "AlipayEmptyResponse", "AlipayEmptyBody", "AlipayHTTPMethod", "AlipayJSONValue",
        "AlipayParameterValue",
        "AlipayCertificates", "AlipayResponse", "AlipayModel", "AlipayField", "AlipayOneOf",
        "AlipayErrorResponse", "AlipayErrorModel", "AlipayErrorBody", "AlipayRequestModel", "AlipayFieldReader",
    ]

    /// Names a generated type cannot take as they are: keywords, and the standard library, Foundation and
    /// runtime types above.
    static let unusableTypeNames = reserved.union(reservedTypeNames).union(runtimeTypeNames)
}
