import GenYAML

public enum HTTPMethod: String, Sendable, Hashable, CaseIterable {
    case get = "GET"
    case post = "POST"
    case put = "PUT"
    case patch = "PATCH"
    case delete = "DELETE"
}

/// One HTTP method on one path.
public struct Operation: Sendable {
    public var method: HTTPMethod
    public var path: String
    public var operationId: String
    public var tags: [String]
    public var summary: String?
    public var description: String?
    public var deprecated: Bool
    /// Path-level and operation-level parameters merged, `$ref`s to `components/parameters` inlined.
    public var parameters: [Parameter]
    public var requestBody: RequestBody?
    /// Keyed by status as written in the spec: `"200"`, `"default"`.
    public var responses: [Response]
    /// Where the method key (`post:`) of the operation is.
    public var location: SourceLocation
    /// How the operation reaches the v2 gateway (`x-alipay-v2`); `nil` for a v3 operation.
    public var v2: V2Binding?

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

public struct Parameter: Sendable {
    public enum Location: String, Sendable, Hashable {
        case query
        case path
        case header
        case cookie
    }

    public var name: String
    /// Where the parameter goes in the request (`in:`); `sourceLocation` is where it is written.
    public var location: Location
    public var description: String?
    public var required: Bool
    public var deprecated: Bool
    public var allowEmptyValue: Bool
    public var schema: Schema
    /// Where the parameter is written (the shared definition for a `$ref`'d one).
    public var sourceLocation: SourceLocation

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

public struct RequestBody: Sendable {
    public var description: String?
    public var required: Bool
    /// In document order: `application/json`, `multipart/form-data`, ...
    public var content: [MediaType]

    public init(description: String? = nil, required: Bool = false, content: [MediaType]) {
        self.description = description
        self.required = required
        self.content = content
    }
}

public struct MediaType: Sendable {
    /// The media type as written, e.g. `application/json`.
    public var contentType: String
    public var schema: Schema?
    /// `encoding` of a multipart body: part name -> its content type, in document order.
    public var encoding: [PartEncoding]

    public init(contentType: String, schema: Schema?, encoding: [PartEncoding] = []) {
        self.contentType = contentType
        self.schema = schema
        self.encoding = encoding
    }
}

public struct PartEncoding: Sendable, Hashable {
    public var name: String
    public var contentType: String?

    public init(name: String, contentType: String?) {
        self.name = name
        self.contentType = contentType
    }
}

public struct Response: Sendable {
    /// `"200"`, `"default"`, ...
    public var status: String
    public var description: String?
    public var content: [MediaType]

    public init(status: String, description: String? = nil, content: [MediaType] = []) {
        self.status = status
        self.description = description
        self.content = content
    }
}
