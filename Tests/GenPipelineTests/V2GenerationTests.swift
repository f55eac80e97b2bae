import Foundation
import GenPipeline
import GenYAML
import Testing

/// The v2 payment starts of Specs/alipay-v2.yaml: generated with the v3 spec into AlipayTrade, as pure
/// signing calls; a kind of v2 call gen has no template for is refused where the spec says it.
@Suite struct V2GenerationTests {
    /// Specs/ generated for the three payment-start tags alone.
    private func generatePaymentStarts() throws -> [String: String] {
        let output = try TestPaths.temporaryFolder("v2")
        defer { try? FileManager.default.removeItem(at: output) }
        let summary = try Generator(
            options: .init(
                specs: [TestPaths.specs.path], output: output.path,
                include: ["alipay.trade.page", "alipay.trade.wap", "alipay.trade.app"], updatesPackageManifest: false)
        ).run()
        #expect(summary.specCount == 2)
        // `alipay.trade.app` also starts the tag `alipay.trade.applepay.authentication`.
        #expect(summary.apiCount == 4)
        return FolderSnapshot(output).files.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    @Test func theThreeClassesAreGeneratedInAlipayTradeAsSigningCalls() throws {
        let files = try generatePaymentStarts()
        let page = try #require(files["Sources/AlipayTrade/APIs/AlipayTradePageApi.swift"])
        #expect(page.contains("public struct AlipayTradePageApi: Sendable {"))
        #expect(
            page.contains(
                """
                    public func pay(
                        _ model: AlipayTradePagePayModel,
                        returnURL: String? = nil,
                        notifyURL: String? = nil,
                        appAuthToken: String? = nil,
                        httpMethod: AlipayV2Client.PageMethod = .post
                    ) throws(AlipayError) -> String {
                """))
        #expect(page.contains(#"parameters["return_url"] = returnURL"#))
        #expect(
            page.contains(#""alipay.trade.page.pay", model: model, parameters: parameters, httpMethod: httpMethod)"#))
        #expect(page.contains("public struct AlipayTradePagePayModel: AlipayRequestModel {"))
        #expect(page.contains("    public var productCode: ProductCode\n"))
        #expect(!page.contains("async throws"))

        let wap = try #require(files["Sources/AlipayTrade/APIs/AlipayTradeWapApi.swift"])
        #expect(wap.contains(#""alipay.trade.wap.pay", model: model, parameters: parameters, httpMethod: httpMethod)"#))
        let app = try #require(files["Sources/AlipayTrade/APIs/AlipayTradeAppApi.swift"])
        #expect(
            app.contains(
                """
                    public func pay(
                        _ model: AlipayTradeAppPayModel,
                        notifyURL: String? = nil,
                        appAuthToken: String? = nil
                    ) throws(AlipayError) -> String {
                """))
        #expect(app.contains(#"client.v2.sdkExecute("#))
        #expect(!app.contains("httpMethod"))

        // Nested models: v3's where they are the same, ours (`V2`) where they differ.
        #expect(files["Sources/AlipayTrade/Models/GoodsDetailV2.swift"] != nil)
        #expect(files["Sources/AlipayTrade/Models/ExtendParamsV2.swift"] != nil)
        #expect(page.contains("public var subMerchant: SubMerchant?"))
        #expect(files.keys.contains { $0.hasSuffix("/SubMerchant.swift") })

        let doc = try #require(files["docs/AlipayTradePageApi.md"])
        #expect(doc.contains("| [`pay`](#pay) | v2 `alipay.trade.page.pay` (a page call for the buyer's browser) |"))
        let index = try #require(files["docs/README.md"])
        #expect(
            index.contains(
                "[AlipayTradeAppApi](AlipayTradeAppApi.md) | [`pay`](AlipayTradeAppApi.md#pay) | v2 `alipay.trade.app.pay`"
            ))
        let examples = try #require(files["Examples/AlipayTradeAppApiExamples.swift"])
        #expect(examples.contains("let response = try api.pay("))
    }

    @Test func aServerCallIsRefusedAtItsBinding() throws {
        let yaml = Snippet.spec(
            paths: """

                  /v2/alipay.trade.query:
                    post:
                      tags: [alipay.trade]
                      operationId: alipay.trade.query
                      x-alipay-v2: {method: alipay.trade.query, call: server}
                      responses: {'200': {description: verified}}
                """,
            schemas: "    Unused: {type: string}")
        do {
            _ = try Snippet.generate(yaml)
            Issue.record("a server call was generated")
        } catch let error as DiagnosticError {
            let line = try #require(error.diagnostics.first?.description)
            #expect(
                line.hasSuffix(
                    "/spec.yaml:10:7: error: 'alipay.trade.query' is a v2 'server' call, for which gen has no template yet"
                        + " (it writes 'page' and 'sdk' calls); call it with client.v2.execute"), "\(line)")
        }
    }
}
