import AlipaySDK
import AlipayTestGateway
import Foundation
import Testing

/// Many concurrent tasks share one client: every request is accepted by the gateway and every
/// response verified. `make tsan` runs this under ThreadSanitizer.
@Suite struct LoadTests {
    static let requestCount = 1_000
    static let taskCount = 32

    @Test func thousandConcurrentRequestsThroughOneClient() async throws {
        try await withKeyModeGateway(encrypt: true) { gateway in
            await gateway.route(.post, "/v3/zhima/credit/pe/zmgo/cumulation/sync") { request in
                let model = try request.decode(ZhimaCreditPeZmgoCumulationSyncModel.self)
                return .json(["out_biz_no": model.outBizNo ?? ""])
            }
            let api = ZhimaCreditPeZmgoCumulationApi(client: try keyModeClient(for: gateway, encrypt: true))
            let echoed = try await withThrowingTaskGroup(of: [Bool].self) { group in
                for task in 0..<Self.taskCount {
                    group.addTask {
                        var results: [Bool] = []
                        for index in stride(from: task, to: Self.requestCount, by: Self.taskCount) {
                            let response = try await api.sync(
                                ZhimaCreditPeZmgoCumulationSyncModel(outBizNo: "biz-\(index)"))
                            results.append(response.outBizNo == "biz-\(index)")
                        }
                        return results
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            #expect(echoed.count == Self.requestCount)
            #expect(echoed.allSatisfy { $0 }, "a response belonged to another request")
            #expect(await gateway.rejections.isEmpty)
            #expect(await gateway.receivedRequests.count == Self.requestCount)
        }
    }
}
