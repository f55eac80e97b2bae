import AlipayRuntime
import AlipayTestGateway
import Foundation
import Testing

/// `timeout` bounds the whole call, not the silence between two packets: a gateway that sends one
/// byte every half second is cut off at the deadline, on every transport, v3 and v2. The call
/// returns only once the transport's task has ended, so a prompt return means the transfer stopped.
@Suite("The timeout is a deadline for the whole call")
struct DeadlineTests {
    static let trickle = AlipayTestGateway.Fault.trickle(interval: .milliseconds(500))

    /// Runs `call`, expecting `.timeout(expected)` at about `expected`: not before, and well before 3 s.
    func expectTimeout(_ expected: Duration, _ call: () async throws(AlipayError) -> Void) async {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            try await call()
            Issue.record("the call succeeded")
        } catch .timeout(let duration) {
            #expect(duration == expected)
        } catch {
            Issue.record("unexpected \(error)")
        }
        // The trickled answer would take about 10 s to arrive; well before that is "at the deadline"
        // on a machine that other tests keep busy.
        let elapsed = clock.now - start
        #expect(elapsed >= expected * 0.9 && elapsed < .seconds(6), "failed after \(elapsed)")
    }

    @Test("v3: a trickling answer fails at the configured deadline", arguments: TransportKind.allCases)
    func trickleV3(transport: TransportKind) async throws {
        try await withGateway(.key, timeout: .seconds(1), transport: transport) { gateway, client in
            await gateway.route(.post, syncPath) { _ in .json(["agreement_no": "1"]).with(Self.trickle) }
            await expectTimeout(.seconds(1)) { () throws(AlipayError) in
                _ = try await client.execute(method: .post, path: syncPath, body: "{}")
            }
        }
    }

    @Test("v3: a per-call timeout overrides the configured one", arguments: TransportKind.allCases)
    func perCallTimeoutV3(transport: TransportKind) async throws {
        try await withGateway(.key, encrypt: true, timeout: .seconds(30), transport: transport) { gateway, client in
            await gateway.route(.post, syncPath) { _ in .json(["agreement_no": "1"]).with(Self.trickle) }
            await expectTimeout(.seconds(1)) { () throws(AlipayError) in
                _ = try await client.execute(
                    method: .post, path: syncPath, body: "{}", options: AlipayRequestOptions(timeout: .seconds(1)))
            }
        }
    }

    @Test("v2: a trickling answer fails at the per-call deadline", arguments: TransportKind.allCases)
    func trickleV2(transport: TransportKind) async throws {
        try await withGateway(.key, timeout: .seconds(30), transport: transport) { gateway, client in
            await gateway.routeV2("alipay.trade.query") { _ in .success(["trade_status": "TRADE_SUCCESS"]) }
            await gateway.setFaults([Self.trickle])
            await expectTimeout(.seconds(1)) { () throws(AlipayError) in
                _ = try await client.v2.execute(
                    "alipay.trade.query", bizContent: ["out_trade_no": "T-1"],
                    options: AlipayRequestOptions(timeout: .seconds(1)))
            }
        }
    }

    @Test("v3: a slow answer that ends before the deadline is accepted", arguments: TransportKind.allCases)
    func slowInTimeV3(transport: TransportKind) async throws {
        try await withGateway(.key, timeout: .seconds(10), transport: transport) { gateway, client in
            // 20 bytes, one per 40 ms: about 0.8 s, more on a loaded machine.
            await gateway.route(.post, syncPath) { _ in
                .json(["agreement_no": "1"]).with(.trickle(interval: .milliseconds(40)))
            }
            let clock = ContinuousClock()
            let start = clock.now
            let response = try await client.execute(method: .post, path: syncPath, body: "{}")
            #expect(try response.decode([String: String].self) == ["agreement_no": "1"])
            #expect(clock.now - start >= .milliseconds(600))
        }
    }

    @Test("v2: a slow answer that ends before the deadline is accepted", arguments: TransportKind.allCases)
    func slowInTimeV2(transport: TransportKind) async throws {
        try await withGateway(.certificate, encrypt: true, timeout: .seconds(20), transport: transport) {
            gateway, client in
            // About 700 bytes, one per 2 ms: 1.5 s, more on a loaded machine.
            await gateway.routeV2("alipay.trade.query") { _ in
                .success(["trade_status": "TRADE_SUCCESS"]).with(.trickle(interval: .milliseconds(2)))
            }
            let clock = ContinuousClock()
            let start = clock.now
            let response = try await client.v2.execute("alipay.trade.query", bizContent: ["out_trade_no": "T-1"])
            #expect(try response.decode([String: String].self)["trade_status"] == "TRADE_SUCCESS")
            #expect(clock.now - start >= .milliseconds(500))
        }
    }
}
