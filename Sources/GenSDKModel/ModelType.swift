/// A type of the generated SDK: one file each.
public struct ModelType: Sendable {
    /// What a type is.
    public enum Kind: Sendable {
        /// A struct of properties, optional unless ``ModelProperty/isRequired``; an empty property list
        /// is an empty struct.
        case structure([ModelProperty])
        /// A string enum that keeps unknown values.
        case stringEnum([EnumCase])
        /// One of several types (`anyOf`, `oneOf`), in declaration order. Decoding first tries the members
        /// that know codes, taking one that recognises the body's `code`; then every member in `fallback`
        /// order, taking the first that decodes.
        case union([UnionMember], fallback: [UnionMember])
        /// Another name for a type (`type: array`, `$ref`, scalars at the top level).
        case alias(SwiftType)
    }

    /// The type's Swift name.
    public var name: String
    /// The schema name in the spec, e.g. `ZMGoTradeInfo`.
    public var schemaName: String
    /// What the type is.
    public var kind: Kind
    /// Enums declared inside this type (inline `enum` properties).
    public var nestedEnums: [NestedEnum]
    /// The type's documentation.
    public var documentation: DocText
    /// Whether the spec marks it deprecated.
    public var deprecated: Bool
    /// Whether the type is an operation's error body, handed out in `AlipayAPIError.detail`.
    public var isErrorDetail: Bool
    /// The Swift module the type is in: the one family that uses it, or ``ModuleNames/shared``.
    public var module: String = ""
    /// The API class whose file holds the type: the only one that uses it. `nil` for types several
    /// API classes use (or none), which have a file of their own.
    public var apiClass: String?
    /// Names the type had before, kept as deprecated aliases for one release so that code written
    /// against them still compiles.
    public var formerNames: [String] = []

    /// A type with the given fields, in no module yet.
    public init(
        name: String,
        schemaName: String,
        kind: Kind,
        nestedEnums: [NestedEnum] = [],
        documentation: DocText = [],
        deprecated: Bool = false,
        isErrorDetail: Bool = false
    ) {
        self.name = name
        self.schemaName = schemaName
        self.kind = kind
        self.nestedEnums = nestedEnums
        self.documentation = documentation
        self.deprecated = deprecated
        self.isErrorDetail = isErrorDetail
    }
}

extension ModelType {
    /// Whether some property is ``ModelProperty/isRequired``: then the model has no empty value (no `init()`).
    public var hasRequiredProperties: Bool {
        if case .structure(let properties) = kind {
            return properties.contains(where: \.isRequired)
        }
        return false
    }
}

/// A property of a structure.
public struct ModelProperty: Sendable {
    /// The Swift name, backticked when it is a keyword.
    public var name: String
    /// The property's name in the JSON object.
    public var wireName: String
    /// The Swift type without the `?`, which every property that is not ``isRequired`` has.
    public var type: SwiftType
    /// The property's documentation.
    public var documentation: DocText
    /// The spec's example, as text.
    public var example: String?
    /// Whether the spec marks it deprecated.
    public var deprecated: Bool
    /// The spec lists it under `required`.
    public var requiredInSpec: Bool
    /// A non-optional property, and an initializer parameter without a default: required in the spec, in a
    /// model only requests carry (see ``RequiredProperties``).
    public var isRequired: Bool = false

    /// A property with the given fields, optional until ``RequiredProperties`` decides.
    public init(
        name: String,
        wireName: String,
        type: SwiftType,
        documentation: DocText,
        example: String?,
        deprecated: Bool,
        requiredInSpec: Bool
    ) {
        self.name = name
        self.wireName = wireName
        self.type = type
        self.documentation = documentation
        self.example = example
        self.deprecated = deprecated
        self.requiredInSpec = requiredInSpec
    }
}

/// A case of a string enum.
public struct EnumCase: Sendable, Hashable {
    /// The case's Swift name.
    public var name: String
    /// The value as Alipay writes it.
    public var rawValue: String

    /// The case `name` of the value `rawValue`.
    public init(name: String, rawValue: String) {
        self.name = name
        self.rawValue = rawValue
    }
}

/// An enum declared inside a model, e.g. `ZhimaCreditPeZmgoCumulationSyncErrorResponseModel.Code`.
public struct NestedEnum: Sendable {
    /// The enum's Swift name inside its model.
    public var name: String
    /// The enum's cases, in the spec's order.
    public var cases: [EnumCase]
    /// The enum's documentation.
    public var documentation: DocText

    /// The enum `name` of `cases`.
    public init(name: String, cases: [EnumCase], documentation: DocText) {
        self.name = name
        self.cases = cases
        self.documentation = documentation
    }
}

/// A member of a union: one of the types the body may be.
public struct UnionMember: Sendable {
    /// The case name, e.g. `commonErrorType`.
    public var name: String
    /// The member's Swift type.
    public var type: SwiftType
    /// Whether the member's `code` property is a string enum that tells known codes from unknown ones.
    public var hasKnownCodes: Bool

    /// The member `name` of type `type`.
    public init(name: String, type: SwiftType, hasKnownCodes: Bool) {
        self.name = name
        self.type = type
        self.hasKnownCodes = hasKnownCodes
    }
}
