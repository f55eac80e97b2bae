import Foundation
import _CryptoExtras

/// Signs requests the way Alipay's v3 gateway checks them.
///
/// ```
/// authString  = app_id=<appId>[,app_cert_sn=<sn>],nonce=<uuid>,timestamp=<unix ms>
/// signContent = authString \n METHOD \n path?query \n body \n [appAuthToken \n]
/// Authorization: ALIPAY-SHA256withRSA <authString>,sign=<base64 SHA256withRSA(signContent)>
/// ```
/// The body is what is sent: JSON, its AES ciphertext, or for multipart only the `data` part.
/// Nonce and timestamp can be fixed for reproducible signatures.
@_spi(Benchmarks) public struct RequestSigner: Sendable {
    private let appId: String
    private let privateKey: _RSA.Signing.PrivateKey
    private let appCertSN: String?
    private let rootCertSN: String?
    private let cipher: AlipayContentCipher?
    private let serverURL: URL
    private let userAgent: String

    /// Parses the keys of `config`; create one signer and reuse it.
    public init(config: AlipayConfig) throws(AlipayError) {
        try self.init(config: config, privateKey: RSAKeyParser.privateKey(config.privateKey, field: "privateKey"))
    }

    package init(config: AlipayConfig, privateKey: _RSA.Signing.PrivateKey) throws(AlipayError) {
        guard !config.appId.isEmpty else { throw .invalidConfiguration(reason: "appId is empty") }
        self.appId = config.appId
        self.privateKey = privateKey
        self.appCertSN = config.certificates?.appCertificateSerialNumber
        self.rootCertSN = config.certificates?.alipayRootCertificateSerialNumber
        self.cipher = try config.encryptKey.map { (key) throws(AlipayError) in try AlipayContentCipher(base64Key: key) }
        self.serverURL = config.serverURL
        self.userAgent = config.userAgent
    }

    /// A fresh nonce: a lower-case UUID with dashes.
    public static func makeNonce() -> String {
        RandomUUID.lowercased()
    }

    /// The current time in Unix milliseconds.
    public static func currentTimestamp() -> Int64 {
        Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// Encodes, encrypts (when configured) and signs `request`.
    public func sign(
        _ request: AlipayRequest,
        options: AlipayRequestOptions = AlipayRequestOptions(),
        nonce: String = RequestSigner.makeNonce(),
        timestamp: Int64 = RequestSigner.currentTimestamp()
    ) throws(AlipayError) -> SignedRequest {
        try sign(
            method: request.method,
            path: request.path,
            query: request.queryItems + options.queryItems,
            payload: RequestPayload(request.body),
            options: options,
            nonce: nonce,
            timestamp: timestamp
        )
    }

    package func sign(
        method: AlipayHTTPMethod,
        path: String,
        query: [AlipayQueryItem],
        payload: RequestPayload,
        options: AlipayRequestOptions,
        nonce: String,
        timestamp: Int64
    ) throws(AlipayError) -> SignedRequest {
        let requestURI = try makeRequestURI(path: path, query: query)
        let (body, signedBody, contentType) = try encodeBody(payload)

        var authString = "app_id=\(appId)"
        if let appCertSN { authString += ",app_cert_sn=\(appCertSN)" }
        authString += ",nonce=\(nonce),timestamp=\(timestamp)"
        var signContent = "\(authString)\n\(method.rawValue)\n\(requestURI)\n\(signedBody)\n"
        if let token = options.appAuthToken { signContent += "\(token)\n" }
        let signature = try RSASignature.sign(signContent, with: privateKey)

        var headers = AlipayHTTPHeaders()
        for (name, value) in options.headers.sorted(by: { $0.key < $1.key }) {
            headers[name] = value
        }
        headers["Authorization"] = "ALIPAY-SHA256withRSA \(authString),sign=\(signature)"
        headers["alipay-request-id"] = options.requestId ?? RandomUUID.lowercased()
        headers["alipay-app-auth-token"] = options.appAuthToken
        headers["alipay-root-cert-sn"] = rootCertSN
        headers["alipay-encrypt-type"] = cipher == nil ? nil : "AES"
        headers["Content-Type"] = contentType
        headers["Accept"] = "application/json"
        headers["User-Agent"] = userAgent

        guard let url = URL(string: Self.origin(of: serverURL) + requestURI) else {
            throw .requestEncoding(reason: "the URL for path \(path) is invalid")
        }
        return SignedRequest(
            method: method, url: url, requestURI: requestURI, headers: headers, body: body,
            authString: authString, signContent: signContent, signature: signature, isEncrypted: cipher != nil)
    }

    /// The server URL's own path (if any), the operation path, and the encoded query.
    private func makeRequestURI(path: String, query: [AlipayQueryItem]) throws(AlipayError) -> String {
        guard !path.contains("?"), !path.contains("#") else {
            throw .requestEncoding(reason: "the path \(path) contains '?' or '#'; pass query items separately")
        }
        var basePath = serverURL.path
        while basePath.hasSuffix("/") { basePath.removeLast() }
        let operationPath = path.hasPrefix("/") ? path : "/" + path
        let queryString = QueryString.encode(query)
        return basePath + operationPath + (queryString.isEmpty ? "" : "?" + queryString)
    }

    /// The bytes to send, the text to sign, and the content type.
    private func encodeBody(_ payload: RequestPayload) throws(AlipayError) -> (Data?, String, String?) {
        switch payload {
        case .none:
            return (nil, "", nil)
        case .text(let json):
            guard let cipher else { return (Data(json.utf8), json, "application/json") }
            let ciphertext = try cipher.encrypt(Data(json.utf8))
            return (Data(ciphertext.utf8), ciphertext, "text/plain")
        case .multipart(let json, let files):
            var data = json
            if let cipher, let json { data = try cipher.encrypt(Data(json.utf8)) }
            let form = MultipartForm(
                boundary: "alipay-swift-" + RandomUUID.lowercased(),
                data: data,
                dataContentType: cipher == nil ? "application/json" : "text/plain",
                files: files
            )
            return (form.encoded(), data ?? "", form.contentType)
        }
    }

    /// `scheme://host[:port]` of the server URL.
    private static func origin(of url: URL) -> String {
        var host = url.host ?? ""
        if host.contains(":") && !host.hasPrefix("[") { host = "[\(host)]" }  // IPv6 literal
        var origin = "\(url.scheme ?? "https")://\(host)"
        if let port = url.port { origin += ":\(port)" }
        return origin
    }
}
