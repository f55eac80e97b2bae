import AlipayRuntime
import Foundation

/// The stateless checks Alipay makes on a request, in Alipay's order. Written independently of the
/// client's signer so that each checks the other.
struct RequestChecker: Sendable {
    let appId: String
    let appKey: VerifyingKey
    let appCertSN: String?
    let rootCertSN: String?
    let cipher: AlipayContentCipher?
    let toleranceMilliseconds: Int64

    /// A request that passed, with what the stateful checks still need.
    struct Checked: Sendable {
        var request: AlipayTestGateway.Request
        var nonce: String
        var timestamp: Int64
    }

    struct Failure: Error {
        var status: Int
        var code: String
        var message: String
    }

    func check(method: String, target: String, headers: AlipayHTTPHeaders, body: Data, now: Int64)
        throws(Failure) -> Checked
    {
        guard let httpMethod = AlipayHTTPMethod(rawValue: method) else {
            throw Failure(status: 405, code: "invalid-method", message: "unsupported method \(method)")
        }
        guard let authorization = headers["Authorization"], !authorization.isEmpty else {
            throw Failure(status: 401, code: "missing-signature", message: "the Authorization header is missing")
        }
        let scheme = "ALIPAY-SHA256withRSA "
        guard authorization.hasPrefix(scheme), let signRange = authorization.range(of: ",sign=") else {
            throw Failure(
                status: 401, code: "invalid-signature-type", message: "Authorization must be \(scheme)…,sign=…")
        }
        let authString = String(
            authorization[authorization.index(authorization.startIndex, offsetBy: scheme.count)..<signRange.lowerBound])
        let signature = String(authorization[signRange.upperBound...])
        let fields = Self.fields(of: authString)

        guard let requestAppId = fields["app_id"] else {
            throw Failure(status: 400, code: "missing-app-id", message: "app_id is missing from Authorization")
        }
        guard requestAppId == appId else {
            throw Failure(status: 400, code: "invalid-app-id", message: "unknown app_id \(requestAppId)")
        }
        guard let timestampText = fields["timestamp"] else {
            throw Failure(status: 400, code: "missing-timestamp", message: "timestamp is missing from Authorization")
        }
        guard let timestamp = Int64(timestampText), abs(now - timestamp) <= toleranceMilliseconds else {
            throw Failure(
                status: 400, code: "invalid-timestamp",
                message: "timestamp \(timestampText) is outside the allowed window")
        }
        guard let nonce = fields["nonce"], !nonce.isEmpty else {
            throw Failure(status: 400, code: "invalid-parameter", message: "nonce is missing from Authorization")
        }
        try checkCertificateSNs(fields: fields, headers: headers)
        guard let requestId = headers["alipay-request-id"], !requestId.isEmpty else {
            throw Failure(status: 400, code: "invalid-parameter", message: "the alipay-request-id header is missing")
        }

        let content = try Self.content(headers: headers, body: body)
        let appAuthToken = headers["alipay-app-auth-token"]
        var signContent = "\(authString)\n\(method)\n\(target)\n\(content.signed)\n"
        if let appAuthToken { signContent += "\(appAuthToken)\n" }
        guard appKey.isValid(signature, for: Data(signContent.utf8)) else {
            throw Failure(status: 401, code: "invalid-signature", message: "the request signature does not verify")
        }

        let (json, encrypted) = try decrypted(content.signed, present: content.hasData, headers: headers)
        if let json, !json.isEmpty, (try? JSONSerialization.jsonObject(with: Data(json.utf8))) == nil {
            throw Failure(status: 400, code: "illegal-json", message: "the request body is not valid JSON")
        }
        let (path, query) = Self.split(target)
        let request = AlipayTestGateway.Request(
            method: httpMethod, path: path, pathParameters: [:], query: query, headers: headers, body: json,
            files: content.files, appAuthToken: appAuthToken, requestId: requestId, wasEncrypted: encrypted)
        return Checked(request: request, nonce: nonce, timestamp: timestamp)
    }

    private func checkCertificateSNs(fields: [String: String], headers: AlipayHTTPHeaders) throws(Failure) {
        guard let appCertSN, let rootCertSN else { return }
        guard let sent = fields["app_cert_sn"] else {
            throw Failure(
                status: 400, code: "missing-app-cert-sn", message: "app_cert_sn is missing from Authorization")
        }
        guard sent == appCertSN else {
            throw Failure(status: 400, code: "app-cert-not-exist", message: "no app certificate with SN \(sent)")
        }
        guard let root = headers["alipay-root-cert-sn"], !root.isEmpty else {
            throw Failure(status: 400, code: "missing-alipay-root-cert-sn", message: "alipay-root-cert-sn is missing")
        }
        guard root == rootCertSN else {
            throw Failure(
                status: 400, code: "invalid-alipay-root-cert-sn", message: "alipay-root-cert-sn \(root) is wrong")
        }
    }

    /// The signed text (whole body, or the `data` part) and the file parts.
    private static func content(headers: AlipayHTTPHeaders, body: Data) throws(Failure) -> (
        signed: String, hasData: Bool, files: [AlipayFilePart]
    ) {
        guard let contentType = headers["Content-Type"],
            let boundary = MultipartParser.boundary(ofContentType: contentType)
        else {
            guard let text = String(data: body, encoding: .utf8) else {
                throw Failure(status: 400, code: "invalid-request-data", message: "the body is not UTF-8")
            }
            return (text, !body.isEmpty, [])
        }
        guard let parts = MultipartParser.parts(of: body, boundary: boundary) else {
            throw Failure(status: 400, code: "invalid-request-data", message: "the multipart body is malformed")
        }
        var data: String?
        var files: [AlipayFilePart] = []
        for part in parts {
            if part.name == "data" && part.fileName == nil {
                data = String(decoding: part.body, as: UTF8.self)
            } else {
                let file = AlipayFile(
                    bytes: part.body, fileName: part.fileName ?? part.name,
                    contentType: part.contentType ?? "application/octet-stream")
                files.append(AlipayFilePart(name: part.name, file: file))
            }
        }
        return (data ?? "", data != nil, files)
    }

    /// The JSON text, decrypted when `alipay-encrypt-type` says so.
    private func decrypted(_ text: String, present: Bool, headers: AlipayHTTPHeaders) throws(Failure) -> (String?, Bool)
    {
        guard let encryptType = headers["alipay-encrypt-type"] else { return (present ? text : nil, false) }
        guard encryptType == "AES" else {
            throw Failure(status: 400, code: "invalid-encrypt-type", message: "encrypt type \(encryptType) is not AES")
        }
        guard let cipher else {
            throw Failure(status: 400, code: "missing-encrypt-key", message: "the app has no AES key configured")
        }
        guard present else { return (nil, true) }
        guard let plain = try? cipher.decrypt(Data(text.utf8)) else {
            throw Failure(
                status: 400, code: "decryption-error", message: "the body does not decrypt with the app's AES key")
        }
        return (String(decoding: plain, as: UTF8.self), true)
    }

    /// `k=v` pairs of the auth string.
    private static func fields(of authString: String) -> [String: String] {
        var fields: [String: String] = [:]
        for item in authString.split(separator: ",") {
            let pair = item.split(separator: "=", maxSplits: 1)
            if pair.count == 2 { fields[String(pair[0])] = String(pair[1]) }
        }
        return fields
    }

    /// The raw path and the percent-decoded query items of a request target.
    private static func split(_ target: String) -> (String, [AlipayQueryItem]) {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        guard parts.count == 2, !parts[1].isEmpty else { return (path, []) }
        let items = parts[1].split(separator: "&").map { item in
            let pair = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0]).removingPercentEncoding ?? String(pair[0])
            let value = pair.count > 1 ? (String(pair[1]).removingPercentEncoding ?? String(pair[1])) : ""
            return AlipayQueryItem(name: name, value: value)
        }
        return (path, items)
    }
}
