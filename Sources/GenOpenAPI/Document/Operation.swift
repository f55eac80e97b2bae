import GenYAML

/// The HTTP methods an operation may use.
public enum HTTPMethod: String, Sendable, Hashable, CaseIterable {
    case get = "GET"
    case post = "POST"
    case put = "PUT"
    case patch = "PATCH"
    case delete = "DELETE"
}

/// One HTTP method on one path.
public struct Operation: Sendable {
    /// The HTTP method.
    public var method: HTTPMethod
    /// The path as written, `{name}` placeholders included.
    public var path: String
    /// The `operationId`.
    public var operationId: String
    /// The operation's tags, in document order.
    public var tags: [String]
    /// The `summary`, if any.
    public var summary: String?
    /// The `description`, if any.
    public var description: String?
    /// Whether the spec marks the operation deprecated.
    public var deprecated: Bool
    /// Path-level and operation-level parameters merged, `$ref`s to `components/parameters` inlined.
    public var parameters: [Parameter]
    /// The `requestBody`, if any.
    public var requestBody: RequestBody?
    /// Keyed by status as written in the spec: `"200"`, `"default"`.
    public var responses: [Response]
    /// Where the method key (`post:`) of the operation is.
    public var location: SourceLocation
    /// How the operation reaches the v2 gateway (`x-alipay-v2`); `nil` for a v3 operation.
    public var v2: V2Binding?

    /// An operation with the given parts.
    public init(
        method: HTTPMethod,
        path: String,
        operationId: String,
        tags: [String] = [],
        summary: String? = nil,
        description: String? = nil,
        deprecated: Bool = false,
        parameters: [Parameter] = [],
        requestBody: RequestBody? = nil,
        responses: [Response] = [],
        location: SourceLocation,
        v2: V2Binding? = nil
    ) {
        self.v2 = v2
        self.method = method
        self.path = path
        self.operationId = operationId
        self.tags = tags
        self.summary = summary
        self.description = description
        self.deprecated = deprecated
        self.parameters = parameters
        self.requestBody = requestBody
        self.responses = responses
        self.location = location
    }
}

/// A parameter of an operation.
public struct Parameter: Sendable {
    /// Where a parameter goes in the request (`in:`).
    public enum Location: String, Sendable, Hashable {
        case query
        case path
        case header
        case cookie
    }

    /// The parameter's name on the wire.
    public var name: String
    /// Where the parameter goes in the request (`in:`); `sourceLocation` is where it is written.
    public var location: Location
    /// The `description`, if any.
    public var description: String?
    /// Whether the request must carry it.
    public var required: Bool
    /// Whether the spec marks it deprecated.
    public var deprecated: Bool
    /// `allowEmptyValue`, as written.
    public var allowEmptyValue: Bool
    /// The parameter's schema.
    public var schema: Schema
    /// Where the parameter is written (the shared definition for a `$ref`'d one).
    public var sourceLocation: SourceLocation

    /// A parameter with the given fields.
    public init(
        name: String,
        location: Location,
        description: String? = nil,
        required: Bool = false,
        deprecated: Bool = false,
        allowEmptyValue: Bool = false,
        schema: Schema,
        sourceLocation: SourceLocation
    ) {
        self.name = name
        self.location = location
        self.description = description
        self.required = required
        self.deprecated = deprecated
        self.allowEmptyValue = allowEmptyValue
        self.schema = schema
        self.sourceLocation = sourceLocation
    }
}

/// The `requestBody` of an operation.
public struct RequestBody: Sendable {
    /// The `description`, if any.
    public var description: String?
    /// Whether the request must carry a body.
    public var required: Bool
    /// In document order: `application/json`, `multipart/form-data`, ...
    public var content: [MediaType]

    /// A request body of `content`.
    public init(description: String? = nil, required: Bool = false, content: [MediaType]) {
        self.description = description
        self.required = required
        self.content = content
    }
}

/// One media type of a body and its schema.
public struct MediaType: Sendable {
    /// The media type as written, e.g. `application/json`.
    public var contentType: String
    /// The body's schema, if the spec gives one.
    public var schema: Schema?
    /// `encoding` of a multipart body: part name -> its content type, in document order.
    public var encoding: [PartEncoding]

    /// The media type `contentType` with its schema and part encodings.
    public init(contentType: String, schema: Schema?, encoding: [PartEncoding] = []) {
        self.contentType = contentType
        self.schema = schema
        self.encoding = encoding
    }
}

/// The `encoding` of one part of a multipart body.
public struct PartEncoding: Sendable, Hashable {
    /// The part's name.
    public var name: String
    /// The part's content type, if the spec says.
    public var contentType: String?

    /// The encoding of the part `name`.
    public init(name: String, contentType: String?) {
        self.name = name
        self.contentType = contentType
    }
}

/// One response of an operation.
public struct Response: Sendable {
    /// `"200"`, `"default"`, ...
    public var status: String
    /// The `description`, if any.
    public var description: String?
    /// The media types of the response body, in document order.
    public var content: [MediaType]

    /// The response for `status`.
    public init(status: String, description: String? = nil, content: [MediaType] = []) {
        self.status = status
        self.description = description
        self.content = content
    }
}
