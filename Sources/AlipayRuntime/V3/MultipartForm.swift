import Foundation

/// A `multipart/form-data` body: the `data` part first, then one part per file.
package struct MultipartForm: Sendable {
    package var boundary: String
    /// The `data` part's text (JSON, or base64 ciphertext when encrypting); `nil` leaves it out.
    package var data: String?
    /// `application/json`, or `text/plain` for ciphertext.
    package var dataContentType: String
    package var files: [AlipayFilePart]

    package init(boundary: String, data: String?, dataContentType: String, files: [AlipayFilePart]) {
        self.boundary = boundary
        self.data = data
        self.dataContentType = dataContentType
        self.files = files
    }

    /// The `Content-Type` header value.
    package var contentType: String {
        "multipart/form-data; boundary=\(boundary)"
    }

    /// The encoded body.
    package func encoded() -> Data {
        var body = Data()
        if let data {
            body.append(partHeader(name: "data", fileName: nil, contentType: dataContentType))
            body.append(Data(data.utf8))
            body.append(Data("\r\n".utf8))
        }
        for part in files {
            body.append(partHeader(name: part.name, fileName: part.file.fileName, contentType: part.file.contentType))
            body.append(part.file.bytes)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return body
    }

    private func partHeader(name: String, fileName: String?, contentType: String) -> Data {
        var header = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(Self.quoted(name))\""
        if let fileName { header += "; filename=\"\(Self.quoted(fileName))\"" }
        header += "\r\nContent-Type: \(contentType)\r\n\r\n"
        return Data(header.utf8)
    }

    /// A quoted-string value as browsers send it: `"` as `%22`, line breaks as `%0D`/`%0A`.
    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "%22")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }
}
