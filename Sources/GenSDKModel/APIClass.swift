import GenOpenAPI

/// One API class: the operations of one tag, e.g. `ZhimaCreditPeZmgoCumulationApi`.
public struct APIClass: Sendable {
    /// The class's Swift name.
    public var name: String
    /// The spec's tag, e.g. `zhima.credit.pe.zmgo.cumulation`.
    public var tag: String
    /// The class's documentation, from the tag's.
    public var documentation: DocText
    /// Sorted by method name.
    public var methods: [APIMethod]
    /// The Swift module the class is in: its family's (see ``ModuleLayout``).
    public var module: String

    /// A class named `name` of the tag `tag`, with `methods`.
    public init(name: String, tag: String, documentation: DocText, methods: [APIMethod], module: String = "") {
        self.name = name
        self.module = module
        self.tag = tag
        self.documentation = documentation
        self.methods = methods
    }
}

/// One operation as a method of its API class.
public struct APIMethod: Sendable {
    /// The method's Swift name.
    public var name: String
    /// The operation's `operationId`.
    public var operationId: String
    /// `GET`, `POST`, ...; the runtime's `AlipayHTTPMethod` case is `httpMethod.lowercased()`.
    public var httpMethod: String
    /// The path as the spec writes it, `{name}` placeholders included.
    public var path: String
    /// Path, query and header parameters, then the body, in the order of the method's signature.
    public var parameters: [MethodParameter]
    /// How the method sends its body.
    public var body: RequestBodyShape
    /// The operation's summary.
    public var summary: DocText
    /// The operation's description.
    public var documentation: DocText
    /// Whether the spec marks the operation deprecated.
    public var deprecated: Bool
    /// The Swift type of a successful response.
    public var returnType: SwiftType
    /// The Swift type an error body is decoded into, or `Never` when the spec declares none.
    public var errorType: SwiftType
    /// How a v2 operation reaches the v2 gateway; `nil` for a v3 operation. The query parameters of a
    /// v2 operation are its signed text parameters (`notify_url`, ...), its body model `biz_content`.
    public var v2: V2Binding?

    /// A method with the given parts.
    public init(
        name: String,
        operationId: String,
        httpMethod: String,
        path: String,
        parameters: [MethodParameter],
        body: RequestBodyShape,
        summary: DocText,
        documentation: DocText,
        deprecated: Bool,
        returnType: SwiftType,
        errorType: SwiftType,
        v2: V2Binding? = nil
    ) {
        self.v2 = v2
        self.name = name
        self.operationId = operationId
        self.httpMethod = httpMethod
        self.path = path
        self.parameters = parameters
        self.body = body
        self.summary = summary
        self.documentation = documentation
        self.deprecated = deprecated
        self.returnType = returnType
        self.errorType = errorType
    }
}

extension APIMethod {
    /// Whether `parameter` is the model of a JSON body, passed without a label.
    public func isJSONBody(_ parameter: MethodParameter) -> Bool {
        if case .json(let name) = body { return name == parameter.name }
        return false
    }
}

/// A parameter of a generated method.
public struct MethodParameter: Sendable {
    /// What a parameter is in the request.
    public enum Role: Sendable, Hashable {
        case path
        case query
        case header
        /// The JSON body model, or the `data` part of a multipart body.
        case body
        /// A binary part of a multipart body.
        case file
    }

    /// The Swift name, backticked when it is a keyword.
    public var name: String
    /// The name on the wire: query or path parameter, header or form field.
    public var wireName: String
    /// The Swift type as declared, ``SwiftType/optional(_:)`` when the parameter is optional; a body's
    /// type is its model's either way, and the render stage decides how an optional body is left out.
    public var type: SwiftType
    /// What the parameter is in the request.
    public var role: Role
    /// Whether the parameter may be left out (`nil`).
    public var isOptional: Bool
    /// The parameter's documentation.
    public var documentation: DocText
    /// Whether the spec marks it deprecated.
    public var deprecated: Bool

    /// A parameter with the given fields.
    public init(
        name: String,
        wireName: String,
        type: SwiftType,
        role: Role,
        isOptional: Bool,
        documentation: DocText,
        deprecated: Bool = false
    ) {
        self.name = name
        self.wireName = wireName
        self.type = type
        self.role = role
        self.isOptional = isOptional
        self.documentation = documentation
        self.deprecated = deprecated
    }
}

/// How an operation sends its body.
public enum RequestBodyShape: Sendable, Hashable {
    case none
    /// `application/json`: the parameter named here is the model.
    case json(parameter: String)
    /// `multipart/form-data`: the JSON `data` part (if any) and the file parameters.
    case multipart(dataParameter: String?, fileParameters: [String])
}
