/// A request body after JSON encoding and before encryption and signing.
package enum RequestPayload: Sendable {
    case none
    /// JSON text.
    case text(String)
    /// The `data` part's JSON text (if any) and the file parts.
    case multipart(data: String?, files: [AlipayFilePart])

    /// Encodes a generated request's body.
    package init(_ body: AlipayRequestBody) throws(AlipayError) {
        switch body {
        case .none:
            self = .none
        case .json(let model):
            self = .text(try AlipayJSON.encode(model))
        case .multipart(let data, let files):
            self = .multipart(
                data: try data.map { (model) throws(AlipayError) in try AlipayJSON.encode(model) }, files: files)
        }
    }
}
