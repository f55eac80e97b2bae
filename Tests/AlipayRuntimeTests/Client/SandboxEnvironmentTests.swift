import Foundation
import Testing

@_spi(Benchmarks) @testable import AlipayRuntime

/// `config.environment`: production by default, the sandbox for v3 and v2 alike, URLs set by hand still win.
@Suite("Sandbox environment")
struct SandboxEnvironmentTests {
    @Test("production is the default, for v3 and v2")
    func production() {
        let config = Fixtures.keyModeConfig()
        #expect(config.environment == .production)
        #expect(config.serverURL.absoluteString == "https://openapi.alipay.com")
        #expect(config.serverURL == AlipayConfig.defaultServerURL)
        #expect(config.gatewayURL.absoluteString == "https://openapi.alipay.com/gateway.do")
    }

    @Test("the sandbox moves v3 and v2 to openapi-sandbox.dl.alipaydev.com")
    func sandbox() throws {
        var config = Fixtures.keyModeConfig()
        config.environment = .sandbox
        #expect(config.serverURL.absoluteString == "https://openapi-sandbox.dl.alipaydev.com")
        #expect(config.gatewayURL.absoluteString == "https://openapi-sandbox.dl.alipaydev.com/gateway.do")
        #expect(config.description.contains("environment: sandbox"))

        let client = try AlipayClient(config: config)
        let page = try client.v2.pageExecute(
            "alipay.trade.page.pay",
            bizContent: [
                "out_trade_no": "S1", "total_amount": "1.00", "subject": "s", "product_code": "FAST_INSTANT_TRADE_PAY",
            ],
            httpMethod: .get)
        #expect(page.hasPrefix("https://openapi-sandbox.dl.alipaydev.com/gateway.do?"))
        let signed = try RequestSigner(config: config).sign(
            AlipayRequest(method: .post, path: "/v3/alipay/trade/query", body: .json(["out_trade_no": "S1"])))
        #expect(
            signed.httpRequest.url.absoluteString == "https://openapi-sandbox.dl.alipaydev.com/v3/alipay/trade/query")
    }

    @Test("serverURL and gatewayURL set by hand override the environment; setting the environment again resets them")
    func overrides() {
        var config = Fixtures.keyModeConfig()
        config.environment = .sandbox
        config.serverURL = URL(string: "http://127.0.0.1:8080")!
        #expect(config.serverURL.absoluteString == "http://127.0.0.1:8080")
        #expect(config.gatewayURL.absoluteString == "http://127.0.0.1:8080/gateway.do")
        #expect(config.environment == .sandbox)
        config.gatewayURL = URL(string: "http://127.0.0.1:9090/gateway.do")!
        #expect(config.gatewayURL.absoluteString == "http://127.0.0.1:9090/gateway.do")

        config.environment = .production
        #expect(config.serverURL.absoluteString == "https://openapi.alipay.com")
        #expect(config.gatewayURL.absoluteString == "https://openapi.alipay.com/gateway.do")
        config.environment = .sandbox
        #expect(config.gatewayURL.absoluteString == "https://openapi-sandbox.dl.alipaydev.com/gateway.do")
    }

    @Test("a client pointed at the test gateway by serverURL still calls it, v3 and v2")
    func handSetServerURL() async throws {
        try await withGateway(.key) { gateway, client in
            #expect(client.config.serverURL == gateway.baseURL)
            try await NotificationGatewayTests.precreate(client, "SANDBOX-URL-1")
            let v2 = try await client.v2.execute("alipay.trade.query", bizContent: ["out_trade_no": "SANDBOX-URL-1"])
            #expect(v2.text.contains(#""trade_status":"WAIT_BUYER_PAY""#))
        }
    }
}
