// swift-format-ignore-file
// The snippet below is kept exactly as users write it, so the formatter leaves this file alone.

import AlipaySDK
import AlipayAsyncHTTPClient
import AlipayTestGateway
import AsyncHTTPClient
import Logging
import Testing

/// The README's "Transports and logging" lines exactly as users write them, run against the loopback
/// gateway through `HTTPClient.shared` and through an app's own `HTTPClient`.
@Suite struct TransportSnippetTests {
    @Test func asyncHTTPClientSnippetCompilesAndRuns() async throws {
        try await withKeyModeGateway(encrypt: true) { gateway in
            await gateway.route(.post, "/v3/zhima/credit/pe/zmgo/cumulation/sync") { request in
                .json(["agreement_no": try request.decode([String: String].self)["agreement_no"] ?? ""])
            }
            var config = AlipayConfig(appId: "2021000000000001", privateKey: Keys.appPrivateKey, alipayPublicKey: Keys.alipayPublicKey)
            config.encryptKey = Keys.aesKey
            config.serverURL = gateway.baseURL  // added: the loopback gateway
            config.timeout = .seconds(10)
            config.logger = Logger(label: "alipay")

            try await HTTPClient.withHTTPClient { myHTTPClient in
                // The snippet, as written.
                let client = try AlipayClient(config: config, transport: AsyncHTTPClientTransport())  // HTTPClient.shared
                let mine = AsyncHTTPClientTransport(client: myHTTPClient)                             // or the app's own

                // Added: a call through each.
                for client in [client, try AlipayClient(config: config, transport: mine)] {
                    let response = try await ZhimaCreditPeZmgoCumulationApi(client: client).sync(
                        ZhimaCreditPeZmgoCumulationSyncModel(
                            agreementNo: "20195108518085620000", bizAction: "ORDER_PAID", userId: "2088602002015001"))
                    #expect(response.agreementNo == "20195108518085620000")
                }
            }
            #expect(await gateway.receivedRequests.count == 2)
            #expect(await gateway.rejections.isEmpty)
        }
    }
}
