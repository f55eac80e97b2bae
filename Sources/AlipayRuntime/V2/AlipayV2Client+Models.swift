extension AlipayV2Client {
    // MARK: - Typed models

    /// Page or WAP pay with a generated model as `biz_content`; no network. The SDK's
    /// `AlipayTradePageApi.pay` and `AlipayTradeWapApi.pay` call this.
    ///
    /// The model is written from its field table (compact JSON, sorted keys), the same text
    /// `pageExecute(_:bizContent:parameters:httpMethod:)` signs for it.
    /// - Parameters:
    ///   - method: the API, e.g. `alipay.trade.page.pay`.
    ///   - model: the `biz_content` model.
    ///   - parameters: the other signed parameters, e.g. `return_url` and `notify_url`.
    ///   - httpMethod: `.post` (the default) for the self-submitting form, `.get` for the URL.
    /// - Returns: the form or the URL, as `pageExecute(_:bizContent:parameters:httpMethod:)` returns them.
    /// - Throws: `AlipayError` when the request cannot be signed.
    @_spi(Generated) public func pageExecute(
        _ method: String,
        model: some AlipayFieldList,
        parameters: [String: String] = [:],
        httpMethod: PageMethod = .post
    ) throws(AlipayError) -> String {
        let signed = try sign(method, bizContent: BizContentWriter.json(model), parameters: parameters)
        return page(signed, httpMethod: httpMethod)
    }

    /// The signed order string for Alipay's mobile SDK with a generated model as `biz_content`; no
    /// network. The SDK's `AlipayTradeAppApi.pay` calls this.
    /// - Parameters:
    ///   - method: the API, e.g. `alipay.trade.app.pay`.
    ///   - model: the `biz_content` model.
    ///   - parameters: the other signed parameters, e.g. `notify_url`.
    /// - Returns: the order string, every parameter form-encoded.
    /// - Throws: `AlipayError` when the request cannot be signed.
    @_spi(Generated) public func sdkExecute(
        _ method: String,
        model: some AlipayFieldList,
        parameters: [String: String] = [:]
    ) throws(AlipayError) -> String {
        try sign(method, bizContent: BizContentWriter.json(model), parameters: parameters).parameters.formEncoded
    }
}
