// swift-format-ignore-file
// The snippets are kept exactly as users write them, long lines and all.
import Testing

/// What users see: a program that imports only the SDK uses its models, API classes, enums, errors,
/// notifications and v2 calls as the README shows; what only generated code uses is not there.
@Suite struct PublicSurfaceTests {
    /// The README's calls, type-checked as a user's program that imports `AlipaySDK` and nothing else.
    @Test func aUserProgramNeedsNoSPIImport() async throws {
        let program = """
            import AlipaySDK
            import Foundation

            func run(appPrivateKey: String, alipayPublicKey: String, formBody: String) async throws {
                var config = AlipayConfig(appId: "2021000000000001", privateKey: appPrivateKey, alipayPublicKey: alipayPublicKey)
                config.timeout = .seconds(10)
                config.environment = .sandbox
                let client = try AlipayClient(config: config)
                let trade = AlipayTradeApi(client: client)
                do {
                    let paid = try await trade.query(AlipayTradeQueryModel(outTradeNo: "70501111111S001111119"))
                    if paid.tradeStatus == .tradeSuccess || paid.tradeStatus?.isKnown == false { print(paid) }
                    let copy = paid
                    _ = copy == paid
                    _ = try await trade.precreate(AlipayTradePrecreateModel(outTradeNo: "1", subject: "s", totalAmount: "1.00"), options: AlipayRequestOptions(timeout: .seconds(5)))
                } catch AlipayError.api(let error) {
                    print(error.status, error.code, error.message, error.traceId ?? "", error.links)
                    if case .errorResponseModel(let body) = error.detail as? AlipayTradeQueryErrorBody {
                        print(body.code == .acqTradeNotExist, body.message ?? "")
                    }
                }
                let order = try AlipayTradeAppApi(client: client).pay(
                    AlipayTradeAppPayModel(outTradeNo: "1", productCode: "QUICK_MSECURITY_PAY", subject: "s", totalAmount: "1.00"),
                    notifyURL: "https://example.com/alipay/notify")
                let page = try client.v2.pageExecute("alipay.trade.page.pay", bizContent: ["out_trade_no": "1"], parameters: ["notify_url": "https://example.com/n"], httpMethod: .get)
                let answer = try await client.v2.execute("alipay.trade.query", bizContent: ["out_trade_no": "1"])
                let raw = try await client.execute(method: .post, path: "/v3/alipay/trade/query", body: #"{"out_trade_no":"1"}"#)
                let notification = try client.notification(formBody: formBody)
                let status: AlipayTradeStatus = "TRADE_SUCCESS"
                print(order, page, answer.text, raw.status, notification.tradeStatus == status, notification.fundBillList ?? [])
                let encoded = try JSONEncoder().encode(AlipayTradeQueryModel(outTradeNo: "1"))
                _ = try JSONDecoder().decode(AlipayTradeQueryResponseModel.self, from: encoded)
            }
            """
        let result = try await TypeCheck.run(program)
        #expect(result.status == 0, "a user's program must compile without an SPI import: \(result.output)")
    }

    /// The field lists, enum tables, `oneOf` decoding and path building of generated code are not in a
    /// user's program; with `@_spi(Generated) import AlipayRuntime` they are, which proves the
    /// refusals come from that import and nothing else.
    @Test func generatedCodeAPIIsHiddenWithoutTheSPIImport() async throws {
        let uses = """
            func uses() {
                _ = AlipayTradeQueryModel.fields.map(\\.key)
                _ = AlipayTradeStatus.knownValues.values
                _ = AlipayRequest.path("/v3/x/{id}", parameters: ["id": "A 1"])
                var items: [AlipayQueryItem] = []
                items.append("a", "b")
                let field = AlipayField<AlipayTradeQueryModel>("out_trade_no", \\.outTradeNo)
                _ = field
            }
            """
        let hidden = try await TypeCheck.run("import AlipaySDK\n" + uses)
        #expect(hidden.status != 0)
        #expect(hidden.output.contains("cannot find 'AlipayField' in scope"), "\(hidden.output)")
        #expect(hidden.output.contains("'fields' is inaccessible due to '@_spi' protection level"), "\(hidden.output)")
        #expect(hidden.output.contains("'knownValues' is inaccessible due to '@_spi' protection level"), "\(hidden.output)")
        #expect(hidden.output.contains("instance member 'path' cannot be used on type 'AlipayRequest'"), "\(hidden.output)")
        let shown = try await TypeCheck.run("import AlipaySDK\n@_spi(Generated) import AlipayRuntime\n" + uses)
        #expect(shown.status == 0, "with the SPI import the same code compiles: \(shown.output)")
    }

    /// The signer and verifier under `AlipayClient` are for the benchmarks, behind `@_spi(Benchmarks)`.
    @Test func signerAndVerifierAreHiddenWithoutTheSPIImport() async throws {
        let uses = "_ = (RequestSigner.self, ResponseVerifier.self, SignedRequest.self)\n"
        let hidden = try await TypeCheck.run("import AlipaySDK\n" + uses)
        #expect(hidden.status != 0)
        for name in ["RequestSigner", "ResponseVerifier", "SignedRequest"] {
            #expect(hidden.output.contains("cannot find '\(name)' in scope"), "\(hidden.output)")
        }
        let shown = try await TypeCheck.run("import AlipaySDK\n@_spi(Benchmarks) import AlipayRuntime\n" + uses)
        #expect(shown.status == 0, "with the SPI import the same code compiles: \(shown.output)")
    }
}
