import GenYAML

/// An OpenAPI 3.0.x document, as far as Alipay's specs use it, with every `$ref` checked.
///
/// Collections keep the order of the spec file; consumers sort where they need determinism.
public struct Document: Sendable {
    /// The `openapi` version, e.g. `3.0.1`.
    public var openapi: String
    /// The `info` object.
    public var info: Info
    /// The `servers`, in document order.
    public var servers: [Server]
    /// The `tags`, in document order.
    public var tags: [Tag]
    /// Every operation of every path, in document order.
    public var operations: [Operation]
    /// The named schemas.
    public var components: Components
    /// The file the document was read from.
    public var file: String
    /// The schema `$ref`s to other spec files; each names a schema by its name alone in ``components``
    /// of the merged document.
    public var externalSchemaReferences: [ExternalSchemaReference]

    /// A document with the given parts.
    public init(
        openapi: String,
        info: Info,
        servers: [Server] = [],
        tags: [Tag] = [],
        operations: [Operation] = [],
        components: Components = Components(),
        file: String,
        externalSchemaReferences: [ExternalSchemaReference] = []
    ) {
        self.externalSchemaReferences = externalSchemaReferences
        self.openapi = openapi
        self.info = info
        self.servers = servers
        self.tags = tags
        self.operations = operations
        self.components = components
        self.file = file
    }
}

/// The `info` object: what the spec describes.
public struct Info: Sendable, Hashable {
    /// The API's title.
    public var title: String
    /// The spec's version, as written.
    public var version: String
    /// The spec's description, if any.
    public var description: String?

    /// An `info` object with the given fields.
    public init(title: String, version: String, description: String? = nil) {
        self.title = title
        self.version = version
        self.description = description
    }
}

/// A server the API is served from.
public struct Server: Sendable, Hashable {
    /// The server's URL, as written.
    public var url: String
    /// What the server is, if the spec says.
    public var description: String?

    /// A server at `url`.
    public init(url: String, description: String? = nil) {
        self.url = url
        self.description = description
    }
}

/// A tag that groups operations.
public struct Tag: Sendable, Hashable {
    /// The tag's name, e.g. `alipay.trade`.
    public var name: String
    /// The tag's description, if any.
    public var description: String?

    /// A tag named `name`.
    public init(name: String, description: String? = nil) {
        self.name = name
        self.description = description
    }
}

/// The reusable parts of a document. Parameters are already inlined where they are used.
public struct Components: Sendable {
    /// Named schemas in document order.
    public var schemas: [NamedSchema]

    /// Components holding `schemas`.
    public init(schemas: [NamedSchema] = []) {
        self.schemas = schemas
    }
}

/// A schema under `components/schemas`.
public struct NamedSchema: Sendable {
    /// The schema's name, as under `components/schemas`.
    public var name: String
    /// The schema.
    public var schema: Schema
    /// `x-alipay-runtime-type: true`: AlipayRuntime declares the type by hand (so that the runtime
    /// can use it too); the SDK refers to it by name but does not generate it.
    public var isRuntimeType: Bool

    /// The schema `schema` named `name`.
    public init(name: String, schema: Schema, isRuntimeType: Bool = false) {
        self.name = name
        self.schema = schema
        self.isRuntimeType = isRuntimeType
    }
}
