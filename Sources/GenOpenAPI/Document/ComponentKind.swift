/// The sections of `components` that a `$ref` may point into.
enum ComponentKind: String {
    case schemas
    case parameters
    case requestBodies
    case responses

    /// `#/components/schemas/`, the start of every reference to this kind.
    var referencePrefix: String { "#/components/\(rawValue)/" }

    /// One of the kind, for messages: `schema`, `parameter`, ...
    var noun: String {
        switch self {
        case .schemas: "schema"
        case .parameters: "parameter"
        case .requestBodies: "request body"
        case .responses: "response"
        }
    }
}
