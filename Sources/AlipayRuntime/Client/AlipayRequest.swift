import Foundation

/// One call to an Alipay v3 operation, before it is signed.
///
/// Generated API classes build these; `AlipayClient` signs, sends and verifies them.
public struct AlipayRequest: Sendable {
    /// The HTTP method.
    public var method: AlipayHTTPMethod
    /// The path with path parameters substituted and percent-encoded, e.g. `/v3/alipay/marketing/activity/A%201`.
    public var path: String
    /// Query items in the order they are sent; per-call `AlipayRequestOptions.queryItems` follow them.
    public var queryItems: [AlipayQueryItem]
    /// What the request carries.
    public var body: AlipayRequestBody

    /// A call to `path` with `method`, query items sent in order, and a body.
    public init(
        method: AlipayHTTPMethod,
        path: String,
        queryItems: [AlipayQueryItem] = [],
        body: AlipayRequestBody = .none
    ) {
        self.method = method
        self.path = path
        self.queryItems = queryItems
        self.body = body
    }
}

/// The HTTP methods of Alipay's v3 operations.
public enum AlipayHTTPMethod: String, Sendable, Hashable, CaseIterable {
    case get = "GET"
    case post = "POST"
    case put = "PUT"
    case patch = "PATCH"
    case delete = "DELETE"
}

/// What a request carries.
public enum AlipayRequestBody: Sendable {
    case none
    /// A JSON body (`application/json`, or AES ciphertext as `text/plain` when encrypting).
    case json(any Encodable & Sendable)
    /// `multipart/form-data`: the `data` part (JSON, the only part that is signed) and the file parts.
    case multipart(data: (any Encodable & Sendable)?, files: [AlipayFilePart])
}

/// A file sent from memory, with the name and type the server sees.
public struct AlipayFile: Sendable, Hashable {
    /// The file's contents.
    public var bytes: Data
    /// The file name the server sees.
    public var fileName: String
    /// The part's `Content-Type`.
    public var contentType: String

    /// A file of `bytes`, sent as `fileName` with `contentType`.
    public init(bytes: Data, fileName: String, contentType: String = "application/octet-stream") {
        self.bytes = bytes
        self.fileName = fileName
        self.contentType = contentType
    }
}

/// A file bound to the form field it is sent as.
public struct AlipayFilePart: Sendable, Hashable {
    /// The form field, e.g. `file_content`.
    public var name: String
    /// The file sent in the part.
    public var file: AlipayFile

    /// `file`, sent as the form field `name`.
    public init(name: String, file: AlipayFile) {
        self.name = name
        self.file = file
    }
}
