/// The sections of `components` that a `$ref` may point into.
enum ComponentKind: String {
    case schemas
    case parameters
    case requestBodies
    case responses

    /// `#/components/schemas/`, the start of every reference to this kind. Literals, not an
    /// interpolation of the raw value: every `$ref` of a spec asks for one.
    var referencePrefix: String {
        switch self {
        case .schemas: "#/components/schemas/"
        case .parameters: "#/components/parameters/"
        case .requestBodies: "#/components/requestBodies/"
        case .responses: "#/components/responses/"
        }
    }

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
