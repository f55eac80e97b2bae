import AlipayRuntime
import Foundation
import Testing

@testable import AlipayTestGateway

/// The test gateway delivers trade notifications as Alipay does: POSTs the signed form to the trade's
/// loopback `notify_url`, retries on Alipay's schedule (compressed) until the answer is `success`, and
/// stops with the gateway.
@Suite("AlipayTestGateway notification delivery")
struct NotificationDeliveryTests {
    typealias Policy = AlipayTestGateway.NotificationPolicy

    /// Starts a gateway with `policy` and a key-mode client pointed at it; stops the gateway either way.
    static func withGateway(
        _ policy: Policy, _ body: (AlipayTestGateway, AlipayClient) async throws -> Void
    ) async throws {
        var configuration = AlipayTestGateway.Configuration(
            appId: Fixtures.appId, appPublicKey: Fixtures.appPublicKey, alipayPrivateKey: Fixtures.alipayPrivateKey)
        configuration.notificationPolicy = policy
        let gateway = try await AlipayTestGateway.start(configuration)
        var config = Fixtures.keyModeConfig()
        config.serverURL = gateway.baseURL
        do {
            try await body(gateway, try AlipayClient(config: config))
        } catch {
            await gateway.stop()
            throw error
        }
        await gateway.stop()
    }

    /// Opens an app-pay trade whose notifications go to `notifyURL`.
    static func openTrade(
        _ outTradeNo: String, amount: String, notifyURL: String, gateway: AlipayTestGateway, client: AlipayClient
    ) async throws {
        let orderString = try client.v2.sdkExecute(
            "alipay.trade.app.pay",
            bizContent: ["out_trade_no": outTradeNo, "total_amount": amount, "subject": "Order \(outTradeNo)"],
            parameters: ["notify_url": notifyURL])
        _ = try await gateway.acceptOrderString(orderString)
    }

    @Test("failure twice, then success: three attempts of the same signed form, spaced by the schedule, then none")
    func retriesUntilSuccess() async throws {
        let receiver = try await NotifyReceiver.start(answers: ["failure", "failure"])
        defer { Task { await receiver.stop() } }
        // 6 000 times faster: waits of 40 ms, 100 ms, 100 ms, 600 ms, …
        try await Self.withGateway(Policy(timeCompression: 6_000)) { gateway, client in
            try await Self.openTrade(
                "N-RETRY-1", amount: "12.34", notifyURL: receiver.url.absoluteString, gateway: gateway, client: client)
            let notification = try await gateway.pay(outTradeNo: "N-RETRY-1")

            let log = try await gateway.notificationDeliveries(count: 3, timeout: .seconds(10))
            #expect(log.map(\.attempt) == [1, 2, 3])
            #expect(Set(log.map(\.notification)).count == 1)
            #expect(log.map(\.answer) == ["failure", "failure", "success"])
            #expect(log.map(\.status) == [200, 200, 200])
            #expect(log.map(\.isAcknowledged) == [false, false, true])
            #expect(log.allSatisfy { $0.formBody == notification && $0.notifyURL == receiver.url.absoluteString })
            #expect(log[0].fields["out_trade_no"] == "N-RETRY-1" && log[0].fields["trade_status"] == "TRADE_SUCCESS")
            #expect(log[1].time.timeIntervalSince(log[0].time) >= 0.040, "4 minutes / 6 000")
            #expect(log[2].time.timeIntervalSince(log[1].time) >= 0.100, "10 minutes / 6 000")

            let received = await receiver.received
            #expect(received.count == 3)
            for request in received {
                #expect(request.method == "POST")
                #expect(request.contentType == "application/x-www-form-urlencoded; charset=utf-8")
                #expect(request.body == notification)
                #expect(client.verifyNotification(formBody: request.body))
            }
            #expect(!client.verifyNotification(formBody: notification.replacingOccurrences(of: "12.34", with: "0.01")))

            // A fourth attempt would come 100 ms after the third; none does.
            try await Task.sleep(for: .milliseconds(500))
            #expect(await gateway.notificationDeliveries.count == 3)
            #expect(await receiver.received.count == 3)
        }
    }

    @Test("a receiver that never answers success gets Alipay's eight attempts, then no more")
    func scheduleEnds() async throws {
        let receiver = try await NotifyReceiver.start(answers: Array(repeating: "fail", count: 20))
        defer { Task { await receiver.stop() } }
        // 60 000 times faster: the whole day of retries takes about 1.5 s.
        try await Self.withGateway(Policy(timeCompression: 60_000)) { gateway, client in
            try await Self.openTrade(
                "N-ALL-1", amount: "1.00", notifyURL: receiver.url.absoluteString, gateway: gateway, client: client)
            _ = try await gateway.pay(outTradeNo: "N-ALL-1")
            let log = try await gateway.notificationDeliveries(count: 8, timeout: .seconds(20))
            #expect(log.map(\.attempt) == Array(1...8))
            #expect(log.allSatisfy { $0.answer == "fail" })
            let waits = zip(log.dropFirst(), log).map { $0.time.timeIntervalSince($1.time) }
            for (wait, scheduled) in zip(waits, Policy.alipayRetryDelays) {
                let compressed = Double(scheduled.components.seconds) / 60_000
                #expect(wait >= compressed, "waited \(wait) s, the schedule says \(compressed) s")
            }
            // After the last wait (15 h / 60 000 = 0.9 s) comes no ninth attempt.
            try await Task.sleep(for: .milliseconds(1_200))
            #expect(await receiver.received.count == 8)
            #expect(await gateway.notificationDeliveries.count == 8)
        }
    }

    @Test("an unreachable loopback notify_url is retried, each attempt logged as failed")
    func unreachable() async throws {
        // A port that was free a moment ago: nothing listens there.
        let closed = try await NotifyReceiver.start()
        let url = closed.url.absoluteString
        await closed.stop()
        try await Self.withGateway(Policy(timeCompression: 60_000)) { gateway, client in
            try await Self.openTrade("N-DOWN-1", amount: "1.00", notifyURL: url, gateway: gateway, client: client)
            _ = try await gateway.pay(outTradeNo: "N-DOWN-1")
            let log = try await gateway.notificationDeliveries(count: 2, timeout: .seconds(10))
            #expect(Array(log.map(\.attempt).prefix(2)) == [1, 2])
            for delivery in log {
                guard case .failed(let reason) = delivery.outcome else {
                    Issue.record("expected a failed attempt: \(delivery)")
                    continue
                }
                #expect(!reason.isEmpty)
            }
        }
    }

    @Test("a notify_url off this machine is refused, logged, and never handed to the transport")
    func nonLoopbackRefused() async throws {
        let transport = RecordingTransport()
        var policy = Policy(timeCompression: 60_000)
        policy.transport = transport
        try await Self.withGateway(policy) { gateway, client in
            let refused = [
                "https://example.com/alipay/notify", "http://127.0.0.1.example.com/notify", "http://10.1.2.3/notify",
                "ftp://127.0.0.1/notify",
            ]
            for (index, url) in refused.enumerated() {
                try await Self.openTrade(
                    "N-FAR-\(index)", amount: "1.00", notifyURL: url, gateway: gateway, client: client)
                _ = try await gateway.pay(outTradeNo: "N-FAR-\(index)")
            }
            let log = try await gateway.notificationDeliveries(count: refused.count, timeout: .seconds(5))
            #expect(log.map(\.notifyURL) == refused)
            for delivery in log {
                guard case .refused(let reason) = delivery.outcome else {
                    Issue.record("expected a refusal: \(delivery)")
                    continue
                }
                #expect(reason.contains("notify_url"))
            }
            #expect(log[0].description.contains("not a loopback address"))
            #expect(await transport.requests.isEmpty)

            // The same transport does carry a loopback notification.
            try await Self.openTrade(
                "N-NEAR-1", amount: "1.00", notifyURL: "http://127.0.0.1:9/notify", gateway: gateway, client: client)
            _ = try await gateway.pay(outTradeNo: "N-NEAR-1")
            let near = try await gateway.notificationDeliveries(count: refused.count + 1, timeout: .seconds(5))
            #expect(near.last?.isAcknowledged == true)
            #expect(await transport.requests.map(\.url.absoluteString) == ["http://127.0.0.1:9/notify"])
        }
    }

    @Test("loopback hosts: 127.0.0.0/8, ::1 and localhost only")
    func loopbackHosts() {
        for host in ["127.0.0.1", "127.1.2.3", "localhost", "LOCALHOST", "::1", "[::1]"] {
            #expect(LoopbackURL.isLoopback(host), "\(host)")
        }
        for host in ["128.0.0.1", "127.0.0.1.example.com", "example.com", "0x7f.0.0.1", "127.0.0", "127.0.0.256", ""] {
            #expect(!LoopbackURL.isLoopback(host), "\(host)")
        }
    }

    @Test("refunds and closes notify: partial TRADE_SUCCESS, full TRADE_CLOSED, close TRADE_CLOSED; a repeat does not")
    func refundAndClose() async throws {
        let receiver = try await NotifyReceiver.start()
        defer { Task { await receiver.stop() } }
        try await Self.withGateway(Policy(timeCompression: 60_000)) { gateway, client in
            let notifyURL = receiver.url.absoluteString
            try await Self.openTrade("N-REF-1", amount: "10.00", notifyURL: notifyURL, gateway: gateway, client: client)
            _ = try await gateway.pay(outTradeNo: "N-REF-1")
            _ = try await gateway.notificationDeliveries(count: 1)

            func refund(_ amount: String, _ requestNo: String) async throws -> String? {
                let response = try await client.v2.execute(
                    "alipay.trade.refund",
                    bizContent: ["out_trade_no": "N-REF-1", "refund_amount": amount, "out_request_no": requestNo])
                return try response.decode([String: String].self)["fund_change"]
            }
            #expect(try await refund("4.00", "R1") == "Y")
            let partial = try #require(try await gateway.notificationDeliveries(count: 2).last)
            #expect(partial.fields["trade_status"] == "TRADE_SUCCESS")
            #expect(partial.fields["refund_fee"] == "4.00" && partial.fields["out_biz_no"] == "R1")
            #expect(partial.fields["gmt_refund"]?.isEmpty == false && partial.fields["gmt_close"] == nil)

            #expect(try await refund("4.00", "R1") == "N")
            #expect(try await refund("6.00", "R2") == "Y")
            let full = try #require(try await gateway.notificationDeliveries(count: 3).last)
            #expect(full.fields["trade_status"] == "TRADE_CLOSED")
            #expect(full.fields["refund_fee"] == "10.00" && full.fields["out_biz_no"] == "R2")
            #expect(full.fields["gmt_close"]?.isEmpty == false && full.fields["gmt_payment"]?.isEmpty == false)

            try await Self.openTrade(
                "N-CLOSE-1", amount: "3.00", notifyURL: notifyURL, gateway: gateway, client: client)
            let closed = try await client.v2.execute("alipay.trade.close", bizContent: ["out_trade_no": "N-CLOSE-1"])
            #expect(closed.code == "10000")
            let close = try #require(try await gateway.notificationDeliveries(count: 4).last)
            #expect(close.fields["out_trade_no"] == "N-CLOSE-1" && close.fields["trade_status"] == "TRADE_CLOSED")
            #expect(close.fields["gmt_close"]?.isEmpty == false && close.fields["gmt_payment"] == nil)

            let log = await gateway.notificationDeliveries
            #expect(log.count == 4, "the repeated refund R1 moved no money and sent nothing")
            #expect(Set(log.map(\.notification)).count == 4)
            #expect(Set(log.compactMap { $0.fields["notify_id"] }).count == 4)
            #expect(log.allSatisfy { $0.isAcknowledged })
            let received = await receiver.received
            #expect(received.count == 4)
            #expect(received.allSatisfy { client.verifyNotification(formBody: $0.body) })
        }
    }

    @Test("stop() ends deliveries: a retry asleep and an attempt waiting for its answer, promptly, none after")
    func stopEndsDeliveries() async throws {
        let failing = try await NotifyReceiver.start(answers: ["failure"])
        let slow = try await NotifyReceiver.start(delay: .seconds(5))
        defer {
            Task {
                await failing.stop()
                await slow.stop()
            }
        }
        var policy = Policy()  // real time: the retry would come in 4 minutes
        policy.attemptTimeout = .seconds(60)
        var configuration = AlipayTestGateway.Configuration(
            appId: Fixtures.appId, appPublicKey: Fixtures.appPublicKey, alipayPrivateKey: Fixtures.alipayPrivateKey)
        configuration.notificationPolicy = policy
        let gateway = try await AlipayTestGateway.start(configuration)
        var config = Fixtures.keyModeConfig()
        config.serverURL = gateway.baseURL
        let client = try AlipayClient(config: config)
        try await Self.openTrade(
            "N-STOP-1", amount: "1.00", notifyURL: failing.url.absoluteString, gateway: gateway, client: client)
        try await Self.openTrade(
            "N-STOP-2", amount: "1.00", notifyURL: slow.url.absoluteString, gateway: gateway, client: client)
        _ = try await gateway.pay(outTradeNo: "N-STOP-1")
        _ = try await gateway.pay(outTradeNo: "N-STOP-2")
        let first = try await gateway.notificationDeliveries(count: 1)
        #expect(first.map(\.answer) == ["failure"])
        for _ in 0..<500 where await slow.received.isEmpty {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(await slow.received.count == 1)

        let clock = ContinuousClock()
        let stopping = clock.now
        await gateway.stop()
        #expect(clock.now - stopping < .seconds(2), "stop waited for a delivery")
        #expect(await gateway.notificationDeliveries.count == 1, "the attempt cut short is not logged")
        try await Task.sleep(for: .milliseconds(200))
        #expect(await failing.received.count == 1)
        #expect(await slow.received.count == 1)
    }
}

/// A transport that records what it is given and answers `success` without any network.
final class RecordingTransport: HTTPTransport {
    private let log = Log()

    private actor Log {
        var requests: [AlipayHTTPRequest] = []
        func append(_ request: AlipayHTTPRequest) { requests.append(request) }
    }

    var requests: [AlipayHTTPRequest] {
        get async { await log.requests }
    }

    func send(_ request: AlipayHTTPRequest, timeout: Duration) async throws -> AlipayHTTPResponse {
        await log.append(request)
        return AlipayHTTPResponse(status: 200, headers: [:], body: Data("success".utf8))
    }
}
