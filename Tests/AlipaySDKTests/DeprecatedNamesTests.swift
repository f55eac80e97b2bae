// swift-format-ignore-file
// The snippet is kept as users wrote it against the previous release, long lines and all.
import Testing

/// The names of the previous release still compile, each with a warning that names its replacement,
/// and each stands for what replaced it.
@Suite struct DeprecatedNamesTests {
    @Test func formerNamesCompileWithADeprecationWarning() async throws {
        let program = """
            import AlipaySDK
            import Foundation

            func formerNames(certificates: AlipayCertificates, response: AlipayV2Response, client: AlipayClient) {
                let serialNumbers: [String] = [certificates.appCertSN, certificates.alipayCertSN, certificates.alipayRootCertSN]
                var answer = response
                answer.alipayCertSN = "1"
                let signer: String? = answer.alipayCertSN
                let built: AlipayV2Response = AlipayV2Response(method: "alipay.trade.query", body: Data(), rawBody: Data(), alipayCertSN: "1")
                let payment: AlipayNotificationRule = .v1
                let other: AlipayNotificationRule = .v2
                _ = client.verifyNotification(formBody: "a=b", rule: .v1)
                switch payment {
                case .v1: break
                default: break
                }
                let empty: AlipayEmptyBody = AlipayEmptyResponse()
                let error: AlipayErrorModel<AlipayTradeStatus> = AlipayErrorResponse<AlipayTradeStatus>(code: .tradeSuccess)
                let cancel: AlipayErrorResponse<AlipayTradeCancelErrorCode> = AlipayTradeCancelErrorResponseModel()
                _ = (serialNumbers, signer, built, other == .includingSignType, payment == .excludingSignType, empty, error, cancel)
            }
            """
        let result = try await TypeCheck.run(program)
        #expect(result.status == 0, "\(result.output)")
        for (old, new) in [
            ("appCertSN", "appCertificateSerialNumber"), ("alipayCertSN", "alipayCertificateSerialNumber"),
            ("alipayRootCertSN", "alipayRootCertificateSerialNumber"), ("v1", "excludingSignType"),
            ("v2", "includingSignType"), ("AlipayEmptyResponse", "AlipayEmptyBody"),
            ("AlipayErrorResponse", "AlipayErrorModel"),
        ] {
            #expect(result.output.contains("warning: '\(old)' is deprecated: renamed to '\(new)'"), "\(old): \(result.output)")
        }
        // The compiler words a renamed initializer as "replaced by".
        #expect(result.output.contains("warning: 'init(method:body:rawBody:alipayCertSN:code:msg:)' is deprecated: replaced by 'init(method:body:rawBody:alipayCertificateSerialNumber:code:msg:)'"), "\(result.output)")
    }
}
