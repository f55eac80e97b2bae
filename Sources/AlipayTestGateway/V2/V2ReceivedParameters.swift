import AlipayRuntime
import Foundation

/// The parameters of one HTTP request to `gateway.do`: URL query and body merged.
struct V2ReceivedParameters: Sendable {
    var values: [String: String]
    var files: [AlipayFilePart]

    /// Reads the query (percent-encoded, as sent) and, for POST, a form or multipart body.
    static func read(query: String, body: Data, contentType: String?, isPost: Bool) throws(GatewayForm.Failure)
        -> V2ReceivedParameters
    {
        var pairs = try GatewayForm.pairs(query)
        var files: [AlipayFilePart] = []
        if isPost && !body.isEmpty {
            if let contentType, let boundary = MultipartParser.boundary(ofContentType: contentType) {
                guard let parts = MultipartParser.parts(of: body, boundary: boundary) else {
                    throw GatewayForm.Failure(detail: "multipart 请求体格式错误")
                }
                for part in parts {
                    if let fileName = part.fileName {
                        let file = AlipayFile(
                            bytes: part.body, fileName: fileName,
                            contentType: part.contentType ?? "application/octet-stream")
                        files.append(AlipayFilePart(name: part.name, file: file))
                    } else {
                        pairs.append((part.name, String(decoding: part.body, as: UTF8.self)))
                    }
                }
            } else {
                let type = contentType?.lowercased() ?? "application/x-www-form-urlencoded"
                guard type.hasPrefix("application/x-www-form-urlencoded") else {
                    throw GatewayForm.Failure(detail: "不支持的 Content-Type: \(type)")
                }
                guard let text = String(data: body, encoding: .utf8) else {
                    throw GatewayForm.Failure(detail: "请求体不是 UTF-8")
                }
                pairs += try GatewayForm.pairs(text)
            }
        }
        return V2ReceivedParameters(values: try GatewayForm.merged(pairs), files: files)
    }
}
