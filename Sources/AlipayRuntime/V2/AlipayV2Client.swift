import Foundation

extension AlipayClient {
    /// Alipay's v2 gateway (`gateway.do`): app pay order strings, page and WAP pay, and verified
    /// calls to any of the APIs that exist only there. Same keys, mode and encryption as v3.
    public var v2: AlipayV2Client { AlipayV2Client(client: self) }
}

/// Calls Alipay's v2 gateway with an `AlipayClient`'s configuration.
///
/// Requests are signed as the gateway checks them: every non-empty parameter but `sign`, sorted,
/// `name=value` joined by `&`, RSA2 with the app key; `timestamp` in Beijing time whatever the
/// machine's zone. `biz_content` is the model as compact JSON with sorted keys.
public struct AlipayV2Client: Sendable {
    /// How `pageExecute` hands the signed request to the browser.
    public enum PageMethod: Sendable, Hashable {
        /// An HTML form that submits itself with POST: return it as the page.
        case post
        /// The gateway URL with every parameter in its query: redirect the browser to it.
        case get
    }

    let client: AlipayClient

    // MARK: - App pay

    /// The signed order string for Alipay's mobile SDK (`alipay.trade.app.pay`); no network.
    ///
    /// Every parameter, `sign` included, as `name=value` with the value form-encoded, sorted by name.
    /// - Parameters:
    ///   - method: the API, e.g. `alipay.trade.app.pay`.
    ///   - bizContent: the `biz_content` model: a generated model, a dictionary or your own type.
    ///   - parameters: extra signed parameters, e.g. `notify_url`.
    /// - Returns: the order string to hand to Alipay's mobile SDK unchanged.
    /// - Throws: `AlipayError` when `bizContent` cannot be encoded or the request cannot be signed.
    public func sdkExecute(
        _ method: String,
        bizContent: some Encodable & Sendable,
        parameters: [String: String] = [:]
    ) throws(AlipayError) -> String {
        try sign(method, bizContent: V2RequestSigner.bizContentJSON(bizContent), parameters: parameters)
            .parameters.formEncoded
    }

    /// The signed order string of an API without `biz_content`.
    public func sdkExecute(_ method: String, parameters: [String: String] = [:]) throws(AlipayError) -> String {
        try sign(method, bizContent: nil, parameters: parameters).parameters.formEncoded
    }

    // MARK: - Page and WAP pay

    /// Page or WAP pay (`alipay.trade.page.pay`, `alipay.trade.wap.pay`); no network.
    ///
    /// - Parameters:
    ///   - method: the API, e.g. `alipay.trade.page.pay` or `alipay.trade.wap.pay`.
    ///   - bizContent: the `biz_content` model: a generated model, a dictionary or your own type.
    ///   - parameters: extra signed parameters, e.g. `return_url` and `notify_url`.
    ///   - httpMethod: `.post` (the default) for the form, `.get` for the URL.
    /// - Returns: with `.post`, an HTML form that submits itself to the gateway (escaped so the
    ///   browser submits exactly the signed values); with `.get`, the gateway URL with every
    ///   parameter form-encoded in its query.
    /// - Throws: `AlipayError` when `bizContent` cannot be encoded or the request cannot be signed.
    public func pageExecute(
        _ method: String,
        bizContent: some Encodable & Sendable,
        parameters: [String: String] = [:],
        httpMethod: PageMethod = .post
    ) throws(AlipayError) -> String {
        let signed = try sign(method, bizContent: V2RequestSigner.bizContentJSON(bizContent), parameters: parameters)
        return page(signed, httpMethod: httpMethod)
    }

    /// Page pay for an API without `biz_content`.
    public func pageExecute(
        _ method: String,
        parameters: [String: String] = [:],
        httpMethod: PageMethod = .post
    ) throws(AlipayError) -> String {
        page(try sign(method, bizContent: nil, parameters: parameters), httpMethod: httpMethod)
    }

    // MARK: - Server-side calls

    /// Signs and sends one v2 call, then verifies (and decrypts) the answer.
    ///
    /// With `AlipayConfig.encryptKey` set, `biz_content` is sent AES-encrypted. In certificate mode
    /// an answer signed by an Alipay certificate the client does not know yet makes it download
    /// that certificate once and accept it if it chains to the root certificates.
    /// - Parameters:
    ///   - method: the API, e.g. `alipay.trade.query`; it also names the answer's node.
    ///   - bizContent: the `biz_content` model: a generated model, a dictionary or your own type.
    ///   - parameters: extra signed parameters (`notify_url`, `auth_token`, …).
    ///   - options: `appAuthToken` is sent as `app_auth_token`; `timeout` and `headers` apply;
    ///     `queryItems` are sent as extra signed parameters.
    /// - Throws: `AlipayError.api` for a failure node (`code` is its `sub_code`, `message` its
    ///   `sub_msg`); the other cases for answers that cannot be trusted or read.
    /// - Returns: the verified (and decrypted) answer node.
    public func execute(
        _ method: String,
        bizContent: some Encodable & Sendable,
        parameters: [String: String] = [:],
        options: AlipayRequestOptions = AlipayRequestOptions()
    ) async throws(AlipayError) -> AlipayV2Response {
        let json = try V2RequestSigner.bizContentJSON(bizContent)
        return try await send(method, bizContent: json, parameters: parameters, options: options)
    }

    /// Sends a v2 call without `biz_content`.
    public func execute(
        _ method: String,
        parameters: [String: String] = [:],
        options: AlipayRequestOptions = AlipayRequestOptions()
    ) async throws(AlipayError) -> AlipayV2Response {
        try await send(method, bizContent: nil, parameters: parameters, options: options)
    }

    /// Verifies (and decrypts) a v2 answer obtained some other way, exactly as `execute` does;
    /// no network, and no certificate download in certificate mode.
    /// - Parameters:
    ///   - responseBody: the HTTP body as received.
    ///   - method: the API that was called; it names the node (`alipay.trade.query` →
    ///     `alipay_trade_query_response`).
    /// - Returns: the verified (and decrypted) answer node.
    /// - Throws: what `execute` throws for the same answer.
    public func verify(responseBody: Data, method: String) throws(AlipayError) -> AlipayV2Response {
        try client.v2Reader.read(responseBody, method: method)
    }

    // MARK: - Internals

    func sign(
        _ method: String,
        bizContent: String?,
        parameters: [String: String],
        appAuthToken: String? = nil,
        encrypt: Bool = false
    ) throws(AlipayError) -> V2SignedParameters {
        try client.v2Signer.sign(
            method: method, bizContent: bizContent, parameters: parameters, appAuthToken: appAuthToken,
            encrypt: encrypt, timestamp: BeijingTime.timestamp(Date()))
    }

    func page(_ signed: V2SignedParameters, httpMethod: PageMethod) -> String {
        let gateway = client.v2GatewayAddress
        switch httpMethod {
        case .post: return PageForm.html(gatewayURL: gateway, parameters: signed)
        case .get: return PageURL.url(gatewayURL: gateway, query: signed.parameters)
        }
    }

    private func send(
        _ method: String,
        bizContent: String?,
        parameters: [String: String],
        options: AlipayRequestOptions,
        verifiesSignature: Bool = true,
        encrypts: Bool = true
    ) async throws(AlipayError) -> AlipayV2Response {
        var all = parameters
        for item in options.queryItems {
            guard all.updateValue(item.value, forKey: item.name) == nil else {
                throw .requestEncoding(reason: "\(item.name) is given twice: in parameters and in options.queryItems")
            }
        }
        let signed = try sign(
            method, bizContent: bizContent, parameters: all, appAuthToken: options.appAuthToken,
            encrypt: encrypts && client.cipher != nil)
        let request = try httpRequest(signed, options: options)
        let log = CallLog(
            logger: client.config.logger, operation: method, path: client.v2Gateway.path, requestId: nil)
        var response: AlipayHTTPResponse?
        do {
            let received = try await client.transmit(request, timeout: options.timeout ?? client.config.timeout)
            response = received
            let result = try await read(received, method: method, verifiesSignature: verifiesSignature)
            log.finish(response: received, error: nil)
            return result
        } catch {
            log.finish(response: response, error: error)
            throw error
        }
    }

    /// Verifies and reads an answer; in certificate mode first learns an Alipay certificate it does not know yet.
    private func read(_ response: AlipayHTTPResponse, method: String, verifiesSignature: Bool)
        async throws(AlipayError) -> AlipayV2Response
    {
        try await client.learningAlipayCertificates { () throws(AlipayError) in
            try client.v2Reader.read(
                response.body, status: response.status, contentType: response.headers["Content-Type"],
                method: method, verifiesSignature: verifiesSignature)
        }
    }

    private func httpRequest(_ signed: V2SignedParameters, options: AlipayRequestOptions) throws(AlipayError)
        -> AlipayHTTPRequest
    {
        let address = PageURL.url(gatewayURL: client.v2GatewayAddress, query: signed.queryParameters)
        guard let url = URL(string: address) else {
            throw .requestEncoding(reason: "the gateway URL with its query is not a valid URL")
        }
        var headers = AlipayHTTPHeaders()
        for (name, value) in options.headers.sorted(by: { $0.key < $1.key }) {
            headers[name] = value
        }
        headers["Content-Type"] = "application/x-www-form-urlencoded;charset=utf-8"
        headers["Accept"] = "application/json"
        headers["User-Agent"] = client.config.userAgent
        return AlipayHTTPRequest(
            method: .post, url: url, headers: headers, body: Data(signed.bodyParameters.formEncoded.utf8))
    }

    /// Fetches the PEM text of the Alipay certificate with `serialNumber`
    /// (`alipay.open.app.alipaycert.download`). The answer is not verified by signature: it may be
    /// signed by that very certificate; the caller checks the certificate against the roots.
    func downloadAlipayCertificate(serialNumber: String) async throws(AlipayError) -> String {
        struct Content: Decodable {
            var certificate: String
            enum CodingKeys: String, CodingKey { case certificate = "alipay_cert_content" }
        }
        let response = try await send(
            "alipay.open.app.alipaycert.download",
            bizContent: try V2RequestSigner.bizContentJSON(["alipay_cert_sn": serialNumber]), parameters: [:],
            options: AlipayRequestOptions(), verifiesSignature: false, encrypts: false)
        let content = try response.decode(Content.self)
        guard let der = PEMBlock.decodeBase64(content.certificate[...]),
            let pem = String(validating: der, as: UTF8.self)
        else {
            throw .invalidResponse(
                AlipayInvalidResponse(
                    status: 200, contentType: nil, excerpt: "", reason: "alipay_cert_content is not base64 of PEM text",
                    traceId: nil))
        }
        return pem
    }
}
