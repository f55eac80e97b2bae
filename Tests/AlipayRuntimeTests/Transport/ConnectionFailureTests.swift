import AlipayRuntime
import Foundation
import Testing

/// Failures before any answer: each is `AlipayError.transport` with a reason that names the host and
/// port a person can check, on every transport. (A DNS failure is not tested: resolving a name would
/// leave the machine.)
@Suite("Connection failures")
struct ConnectionFailureTests {
    /// The 1 s deadline with room for a loaded machine (other suites' CPU-bound work can stall this
    /// process for seconds), and still far below the 90 s connect timeout of `HTTPClient.shared`.
    static let bound = Duration.seconds(30)

    /// Calls `serverURL` and returns the transport failure's reason and how long the call took.
    func transportFailure(serverURL: String, transport: TransportKind) async throws -> (String?, Duration) {
        var config = Fixtures.keyModeConfig()
        config.serverURL = URL(string: serverURL)!
        // AsyncHTTPClient retries a failed connection until the deadline, then says why it failed.
        config.timeout = .seconds(1)
        let client = try AlipayClient(config: config, transport: transport.make())
        let clock = ContinuousClock()
        let start = clock.now
        do {
            _ = try await client.execute(
                method: .get, path: "/v3/x", query: [AlipayQueryItem(name: "auth_token", value: "secret-token")])
            Issue.record("the call succeeded")
            return (nil, clock.now - start)
        } catch .transport(let reason) {
            return (reason, clock.now - start)
        } catch {
            Issue.record("unexpected \(error)")
            return (nil, clock.now - start)
        }
    }

    @Test("a refused connection is a transport error naming host and port", arguments: TransportKind.allCases)
    func connectionRefused(transport: TransportKind) async throws {
        let (reason, elapsed) = try await transportFailure(serverURL: "http://127.0.0.1:1", transport: transport)
        let text = try #require(reason)
        #expect(text.contains("127.0.0.1:1"), "\(text)")
        #expect(text.contains("refused"), "\(text)")
        #expect(!text.contains("/v3/x") && !text.contains("secret-token"), "\(text)")
        #expect(elapsed < Self.bound, "failed after \(elapsed)")
    }

    @Test("https to a server that does not speak TLS is a failed TLS handshake", arguments: TransportKind.allCases)
    func tlsHandshakeFails(transport: TransportKind) async throws {
        let listener = try PlainTextListener()
        defer { listener.stop() }
        let (reason, elapsed) = try await transportFailure(
            serverURL: "https://127.0.0.1:\(listener.port)", transport: transport)
        let text = try #require(reason)
        #expect(text.contains("TLS handshake with 127.0.0.1:\(listener.port) failed"), "\(text)")
        #expect(!text.contains("/v3/x") && !text.contains("secret-token"), "\(text)")
        #expect(elapsed < Self.bound, "failed after \(elapsed)")
    }
}
