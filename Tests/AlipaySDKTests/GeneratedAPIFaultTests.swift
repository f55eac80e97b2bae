import AlipaySDK
import AlipayTestGateway
import Foundation
import Testing

/// Every fault a response can have is refused by the generated API, each with its own error.
@Suite struct GeneratedAPIFaultTests {
    enum Expected: String, CaseIterable {
        case invalidSignature, missingSignature, missingTimestamp, missingNonce, invalidResponse, api
    }

    static let faults: [(fault: AlipayTestGateway.Fault?, response: AlipayTestGateway.Response, expected: Expected)] = [
        (.tamperedBody, .json(["agreement_no": "A"]), .invalidSignature),
        (.missingHeader("alipay-signature"), .json(["agreement_no": "A"]), .missingSignature),
        (.missingHeader("alipay-timestamp"), .json(["agreement_no": "A"]), .missingTimestamp),
        (.missingHeader("alipay-nonce"), .json(["agreement_no": "A"]), .missingNonce),
        (.htmlServerError, .json(["agreement_no": "A"]), .invalidResponse),
        (.truncatedJSON, .json(["agreement_no": "A"]), .invalidResponse),
        (
            nil,
            .error(status: 400, code: "INVALID_BIZ_ACTION", message: "m", links: .text("https://open.alipay.com/x")),
            .api
        ),
    ]

    static func classify(_ error: AlipayError) -> Expected? {
        switch error {
        case .invalidSignature: return .invalidSignature
        case .missingSignatureHeader(let name, _, _):
            switch name.lowercased() {
            case "alipay-signature": return .missingSignature
            case "alipay-timestamp": return .missingTimestamp
            case "alipay-nonce": return .missingNonce
            default: return nil
            }
        case .invalidResponse: return .invalidResponse
        case .api: return .api
        default: return nil
        }
    }

    @Test(arguments: faults.indices)
    func faultIsRefusedWithItsOwnError(index: Int) async throws {
        let (fault, response, expected) = Self.faults[index]
        try await withKeyModeGateway { gateway in
            await gateway.route(.post, "/v3/zhima/credit/pe/zmgo/cumulation/sync") { _ in
                fault.map { response.with($0) } ?? response
            }
            let api = ZhimaCreditPeZmgoCumulationApi(client: try keyModeClient(for: gateway))
            do {
                let accepted = try await api.sync(ZhimaCreditPeZmgoCumulationSyncModel(agreementNo: "A"))
                Issue.record("a faulty response was accepted: \(accepted)")
            } catch let error as AlipayError {
                #expect(Self.classify(error) == expected, "\(error)")
            } catch {
                Issue.record("not an AlipayError: \(error)")
            }
        }
    }
}
