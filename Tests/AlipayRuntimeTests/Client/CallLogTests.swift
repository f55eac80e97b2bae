import AlipayRuntime
import AlipayTestGateway
import Foundation
import Logging
import Testing

/// `config.logger` gets one debug line per call, success or failure, on every transport: what was
/// called, the status, trace id, request id, duration and the error case, and never a key, a
/// signature, a body, a query or a token.
@Suite("Call logging")
struct CallLogTests {
    static let appAuthToken = "202509BBlogtoken7f3a"
    static let userToken = "user-token-9c2e"
    static let requestMarker = "REQUEST-BODY-3b1f"
    static let responseMarker = "RESPONSE-BODY-8d4e"

    /// One call and what its line must say.
    struct Case: Sendable {
        var label: String
        var faults: [AlipayTestGateway.Fault]
        /// The `AlipayError` case name, `nil` for success.
        var error: String?
        var answered = true

        /// The call's options: tokens that must not be logged, and for the trickling answer a short
        /// deadline (the others have time to spare).
        func options(requestId: String? = nil) -> AlipayRequestOptions {
            AlipayRequestOptions(
                appAuthToken: CallLogTests.appAuthToken, requestId: requestId, timeout: answered ? nil : .seconds(1))
        }
    }

    /// The rules every line keeps, whatever the call.
    static func checkClean(_ entry: LogCollector.Entry, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(entry.level == .debug, sourceLocation: sourceLocation)
        SecretRedactionTests.assertClean(entry.line, sourceLocation: sourceLocation)
        let forbidden = [
            "sign=", "ALIPAY-SHA256withRSA", "app_auth_token", appAuthToken, userToken, requestMarker, responseMarker,
            "?",
        ]
        for text in forbidden {
            #expect(!entry.line.contains(text), "\(text) in: \(entry.line)", sourceLocation: sourceLocation)
        }
        #expect(Int(entry.metadata["alipay.duration_ms"] ?? "") != nil, "\(entry.line)", sourceLocation: sourceLocation)
    }

    /// The line of `operation` among `entries` (others, such as a certificate download, are only checked clean).
    static func line(of operation: String, in entries: [LogCollector.Entry], _ expected: Case) throws
        -> LogCollector.Entry
    {
        for entry in entries { checkClean(entry) }
        let mine = entries.filter { $0.metadata["alipay.operation"] == operation }
        #expect(mine.count == 1, "\(expected.label): \(entries.map(\.line))")
        let entry = try #require(mine.first)
        #expect(entry.metadata["alipay.error"] == expected.error, "\(expected.label): \(entry.line)")
        #expect(entry.message == (expected.error == nil ? "Alipay call succeeded" : "Alipay call failed"))
        #expect((entry.metadata["http.status"] != nil) == expected.answered, "\(expected.label): \(entry.line)")
        return entry
    }

    static let v3Cases = [
        Case(label: "success", faults: [], error: nil),
        Case(label: "tampered", faults: [.tamperedBody], error: "invalidSignature"),
        Case(label: "unsigned", faults: [.missingHeader("alipay-signature")], error: "missingSignatureHeader"),
        Case(label: "unknown-sn", faults: [.wrongCertificateSN], error: "unknownAlipayCertificate"),
        Case(label: "html", faults: [.htmlServerError], error: "invalidResponse"),
        Case(label: "truncated", faults: [.truncatedJSON], error: "invalidResponse"),
        Case(label: "error", faults: [], error: "api"),
        Case(label: "trickle", faults: [.trickle(interval: .milliseconds(500))], error: "timeout", answered: false),
    ]

    @Test("v3: one clean debug line per call, for success and every fault", arguments: TransportKind.allCases)
    func v3(transport: TransportKind) async throws {
        let log = LogCollector()
        try await withGateway(
            .certificate, encrypt: true, timeout: .seconds(10), transport: transport, logger: log.logger
        ) { gateway, client in
            for (index, expected) in Self.v3Cases.enumerated() {
                let path = "/v3/log/\(expected.label)"
                await gateway.route(.post, path) { _ in
                    var response: AlipayTestGateway.Response =
                        expected.label == "error"
                        ? .error(code: "INVALID_PARAMETER", message: Self.responseMarker)
                        : .json(["agreement_no": Self.responseMarker])
                    response.faults = expected.faults
                    return response
                }
                _ = try? await client.send(
                    AlipayRequest(
                        method: .post, path: path,
                        queryItems: [AlipayQueryItem(name: "auth_token", value: Self.userToken)],
                        body: .json(["memo": Self.requestMarker])),
                    options: expected.options(requestId: "rid-\(index)"),
                    returning: [String: String].self)
                let entry = try Self.line(of: "POST \(path)", in: log.drain(), expected)
                #expect(entry.metadata["alipay.path"] == path)
                #expect(entry.metadata["alipay.request_id"] == "rid-\(index)")
                if expected.answered && expected.label != "html" {
                    #expect(entry.metadata["alipay.trace_id"]?.count == 32, "\(entry.line)")
                }
            }
        }
    }

    static let v2Cases = [
        Case(label: "success", faults: [], error: nil),
        Case(label: "tampered", faults: [.tamperedBody], error: "invalidSignature"),
        Case(label: "duplicate", faults: [.duplicateNode], error: "invalidResponse"),
        Case(label: "unsigned", faults: [.unsignedResponse], error: "missingSignatureField"),
        Case(label: "html", faults: [.htmlServerError], error: "invalidResponse"),
        Case(label: "truncated", faults: [.truncatedJSON], error: "invalidResponse"),
        Case(label: "business", faults: [], error: "api"),
        Case(label: "trickle", faults: [.trickle(interval: .milliseconds(500))], error: "timeout", answered: false),
    ]

    @Test("v2: one clean debug line per call, for success and every fault", arguments: TransportKind.allCases)
    func v2(transport: TransportKind) async throws {
        let log = LogCollector()
        try await withGateway(.key, timeout: .seconds(10), transport: transport, logger: log.logger) {
            gateway, client in
            await gateway.routeV2("alipay.trade.query") { request in
                request.bizContent?.contains("business") == true
                    ? .businessError(subCode: "ACQ.TRADE_NOT_EXIST", subMsg: Self.responseMarker)
                    : .success(["trade_status": Self.responseMarker])
            }
            for expected in Self.v2Cases {
                await gateway.setFaults(expected.faults)
                _ = try? await client.v2.execute(
                    "alipay.trade.query", bizContent: ["out_trade_no": expected.label, "memo": Self.requestMarker],
                    parameters: ["auth_token": Self.userToken], options: expected.options())
                let entry = try Self.line(of: "alipay.trade.query", in: log.drain(), expected)
                #expect(entry.metadata["alipay.path"] == "/gateway.do")
            }
            await gateway.setFaults([])
        }
    }

    @Test("a refused connection is logged as a transport failure", arguments: TransportKind.allCases)
    func refused(transport: TransportKind) async throws {
        let log = LogCollector()
        var config = Fixtures.keyModeConfig()
        config.serverURL = URL(string: "http://127.0.0.1:1")!
        config.timeout = .seconds(1)
        config.logger = log.logger
        let client = try AlipayClient(config: config, transport: transport.make())
        _ = try? await client.execute(
            method: .get, path: "/v3/x", query: [AlipayQueryItem(name: "auth_token", value: Self.userToken)])
        let entry = try Self.line(
            of: "GET /v3/x", in: log.drain(), Case(label: "refused", faults: [], error: "transport", answered: false))
        #expect(entry.metadata["alipay.request_id"]?.isEmpty == false)
    }

    @Test("the logger is off by default and left out of the configuration's description")
    func noLogger() throws {
        var config = Fixtures.keyModeConfig()
        #expect(config.logger == nil)
        config.logger = LogCollector().logger
        #expect(!String(describing: config).contains("logger"))
    }
}
