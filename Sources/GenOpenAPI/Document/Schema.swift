import GenYAML

/// A JSON schema as OpenAPI 3.0 writes it.
///
/// A `$ref` stays a `.reference`; the parser has checked that its target exists in
/// `components/schemas` and that no chain of plain references loops.
public struct Schema: Sendable {
    /// What a schema is: its type, or how it combines others.
    public indirect enum Kind: Sendable {
        /// `$ref: '#/components/schemas/<name>'`.
        case reference(SchemaRef)
        case object(ObjectSchema)
        case array(items: Schema)
        case string(format: String?, enumValues: [String]?)
        case integer(format: String?, enumValues: [String]?)
        case number(format: String?)
        case boolean
        case allOf([Schema])
        case oneOf([Schema])
        case anyOf([Schema])
        /// No `type` and nothing else that says what it is: any JSON value.
        case any
    }

    /// What the schema is.
    public var kind: Kind
    /// The `title`, if any.
    public var title: String?
    /// The `description`, if any.
    public var description: String?
    /// `example`, as text: Alipay writes every example as a string, whatever the type.
    public var example: String?
    /// Whether `null` is allowed (`nullable: true`).
    public var nullable: Bool
    /// Whether the spec marks it deprecated.
    public var deprecated: Bool
    /// Where the schema object starts (for a flow mapping, its `{`).
    public var location: SourceLocation

    /// A schema of `kind` with the given fields.
    public init(
        _ kind: Kind,
        title: String? = nil,
        description: String? = nil,
        example: String? = nil,
        nullable: Bool = false,
        deprecated: Bool = false,
        location: SourceLocation
    ) {
        self.kind = kind
        self.title = title
        self.description = description
        self.example = example
        self.nullable = nullable
        self.deprecated = deprecated
        self.location = location
    }
}

/// The name of a schema under `components/schemas`.
public struct SchemaRef: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The schema's name.
    public var name: String

    /// The schema named `name`.
    public init(name: String) {
        self.name = name
    }

    /// `#/components/schemas/<name>`.
    public var pointer: String { "#/components/schemas/\(name)" }
    /// The pointer, `#/components/schemas/<name>`.
    public var description: String { pointer }

    /// Whether `lhs`'s name sorts before `rhs`'s.
    public static func < (lhs: SchemaRef, rhs: SchemaRef) -> Bool { lhs.name < rhs.name }
}

/// An object schema: its properties and which of them are required.
public struct ObjectSchema: Sendable {
    /// The properties, in document order.
    public var properties: [Property]
    /// The names under `required`.
    public var required: Set<String>
    /// `additionalProperties`, if written.
    public var additionalProperties: AdditionalProperties?

    /// An object schema with the given properties.
    public init(
        properties: [Property] = [], required: Set<String> = [], additionalProperties: AdditionalProperties? = nil
    ) {
        self.properties = properties
        self.required = required
        self.additionalProperties = additionalProperties
    }
}

/// One property of an object schema, in document order.
public struct Property: Sendable {
    /// The wire name, exactly as in the spec.
    public var name: String
    /// The property's schema.
    public var schema: Schema

    /// The property `name` of schema `schema`.
    public init(name: String, schema: Schema) {
        self.name = name
        self.schema = schema
    }
}

/// `additionalProperties`: a flag, or the schema of the values.
public indirect enum AdditionalProperties: Sendable {
    case allowed(Bool)
    case schema(Schema)
}
