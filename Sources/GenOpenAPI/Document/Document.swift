import GenYAML

/// An OpenAPI 3.0.x document, as far as Alipay's specs use it, with every `$ref` checked.
///
/// Collections keep the order of the spec file; consumers sort where they need determinism.
public struct Document: Sendable {
    public var openapi: String
    public var info: Info
    public var servers: [Server]
    public var tags: [Tag]
    /// Every operation of every path, in document order.
    public var operations: [Operation]
    public var components: Components
    /// The file the document was read from.
    public var file: String
    /// The schema `$ref`s to other spec files; each names a schema by its name alone in ``components``
    /// of the merged document.
    public var externalSchemaReferences: [ExternalSchemaReference]

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

public struct Info: Sendable, Hashable {
    public var title: String
    public var version: String
    public var description: String?

    public init(title: String, version: String, description: String? = nil) {
        self.title = title
        self.version = version
        self.description = description
    }
}

public struct Server: Sendable, Hashable {
    public var url: String
    public var description: String?

    public init(url: String, description: String? = nil) {
        self.url = url
        self.description = description
    }
}

public struct Tag: Sendable, Hashable {
    public var name: String
    public var description: String?

    public init(name: String, description: String? = nil) {
        self.name = name
        self.description = description
    }
}

/// The reusable parts of a document. Parameters are already inlined where they are used.
public struct Components: Sendable {
    /// Named schemas in document order.
    public var schemas: [NamedSchema]

    public init(schemas: [NamedSchema] = []) {
        self.schemas = schemas
    }
}

/// A schema under `components/schemas`.
public struct NamedSchema: Sendable {
    public var name: String
    public var schema: Schema
    /// `x-alipay-runtime-type: true`: AlipayRuntime declares the type by hand (so that the runtime
    /// can use it too); the SDK refers to it by name but does not generate it.
    public var isRuntimeType: Bool

    public init(name: String, schema: Schema, isRuntimeType: Bool = false) {
        self.name = name
        self.schema = schema
        self.isRuntimeType = isRuntimeType
    }
}
