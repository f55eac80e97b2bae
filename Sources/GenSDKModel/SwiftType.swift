/// A Swift type of the generated SDK, as a value: the SDK model builds it once, and the render stage
/// writes it out as Swift code (`[String: TradeInfo]?`). Whether a type is optional, or which names
/// it mentions, is asked of the value, never of its text.
///
/// Only the cases that hold another type are boxed: a plain name, by far the most common type, is
/// stored inline.
public enum SwiftType: Sendable, Hashable {
    /// A type by its name: a generated model or nested enum, a runtime type, or a standard library or
    /// Foundation type (`TradeInfo`, `AlipayFile`, `String`).
    case named(String)
    /// A type declared inside another: `ErrorResponseModel.Code`.
    indirect case nested(in: SwiftType, name: String)
    /// A generic type with its arguments: `AlipayErrorBody<CommonErrorCode, TradeErrorCode>`.
    case generic(String, arguments: [SwiftType])
    /// `Wrapped?`.
    indirect case optional(SwiftType)
    /// `[Element]`.
    indirect case array(SwiftType)
    /// `[Key: Value]`.
    indirect case dictionary(key: SwiftType, value: SwiftType)
}

extension SwiftType {
    /// `String`.
    public static let string = SwiftType.named("String")
    /// Foundation's `Data`, the type of a binary string.
    public static let data = SwiftType.named("Data")
    /// `Int32`.
    public static let int32 = SwiftType.named("Int32")
    /// `Int64`.
    public static let int64 = SwiftType.named("Int64")
    /// `Float`.
    public static let float = SwiftType.named("Float")
    /// `Double`.
    public static let double = SwiftType.named("Double")
    /// `Bool`.
    public static let bool = SwiftType.named("Bool")
    /// `Never`: the error body of an operation that declares none.
    public static let never = SwiftType.named("Never")
    /// Any JSON value.
    public static let jsonValue = SwiftType.named(RuntimeNames.jsonValue)
    /// A file part of a multipart body.
    public static let file = SwiftType.named(RuntimeNames.file)
    /// The answer of an operation that declares no response model.
    public static let emptyBody = SwiftType.named(RuntimeNames.emptyBody)

    /// A JSON object: `[String: Value]`.
    public static func object(of value: SwiftType) -> SwiftType {
        .dictionary(key: .string, value: value)
    }

    /// Whether the type is `Wrapped?`.
    public var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }

    /// The type without its `?`: `Wrapped` for `Wrapped?`, the type itself otherwise.
    public var unwrapped: SwiftType {
        if case .optional(let wrapped) = self { return wrapped }
        return self
    }

    /// The name of a ``named(_:)`` type; `nil` for any other.
    public var name: String? {
        if case .named(let name) = self { return name }
        return nil
    }

    /// Every name the type mentions, in the order Swift code writes them:
    /// `[String: ErrorResponseModel.Code]` mentions `String`, `ErrorResponseModel` and `Code`.
    public var names: [String] {
        var names: [String] = []
        appendNames(to: &names)
        return names
    }

    /// Whether `part` is the type or a part of it: `[String: Data]?` contains `Data`, `DataInfo` and
    /// `Model.Data` do not.
    public func contains(_ part: SwiftType) -> Bool {
        if self == part { return true }
        switch self {
        case .named: return false
        case .nested(let outer, _): return outer.contains(part)
        case .generic(_, let arguments): return arguments.contains { $0.contains(part) }
        case .optional(let wrapped), .array(let wrapped): return wrapped.contains(part)
        case .dictionary(let key, let value): return key.contains(part) || value.contains(part)
        }
    }

    /// Appends ``names`` to `names`, without an array per level.
    public func appendNames(to names: inout [String]) {
        switch self {
        case .named(let name):
            names.append(name)
        case .nested(let outer, let name):
            outer.appendNames(to: &names)
            names.append(name)
        case .generic(let base, let arguments):
            names.append(base)
            for argument in arguments {
                argument.appendNames(to: &names)
            }
        case .optional(let wrapped), .array(let wrapped):
            wrapped.appendNames(to: &names)
        case .dictionary(let key, let value):
            key.appendNames(to: &names)
            value.appendNames(to: &names)
        }
    }
}
