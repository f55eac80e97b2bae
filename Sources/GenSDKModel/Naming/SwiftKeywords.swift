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

    /// Names a generated type cannot take as they are: keywords, and the standard library, Foundation and
    /// runtime types (``RuntimeNames/typeNames``).
    static let unusableTypeNames = reserved.union(reservedTypeNames).union(RuntimeNames.typeNames)
}
