import Foundation
import Testing

@testable import AlipayRuntime

@Suite("Notification verification")
struct NotificationTests {
    /// Signs parameters as Alipay does for notifications (v2 rules, RSA2).
    static func signed(_ parameters: [String: String]) throws -> [String: String] {
        let content = parameters.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value)" }.joined(separator: "&")
        var result = parameters
        result["sign"] = try SigningKey(Fixtures.alipayPrivateKey, field: "test").sign(content)
        result["sign_type"] = "RSA2"
        return result
    }

    static let notification = [
        "notify_id": "2025010100222012345678901234567890", "notify_time": "2025-01-01 12:00:00",
        "app_id": Fixtures.appId, "out_trade_no": "ORDER 1", "total_amount": "3.00", "subject": "中文商品",
        "trade_status": "TRADE_SUCCESS", "passback_params": "",
    ]

    func clients() throws -> [AlipayClient] {
        [try AlipayClient(config: Fixtures.keyModeConfig()), try AlipayClient(config: Fixtures.certModeConfig())]
    }

    @Test("a correctly signed notification verifies in key and certificate mode")
    func valid() throws {
        let parameters = try Self.signed(Self.notification)
        for client in try clients() {
            #expect(client.verifyNotification(parameters))
        }
    }

    @Test("a changed value, a missing sign, RSA (SHA1) and garbage signatures are refused")
    func invalid() throws {
        let parameters = try Self.signed(Self.notification)
        var changed = parameters
        changed["total_amount"] = "300.00"
        var unsigned = parameters
        unsigned["sign"] = nil
        var rsa1 = parameters
        rsa1["sign_type"] = "RSA"
        var garbage = parameters
        garbage["sign"] = "not base64 at all"
        for client in try clients() {
            for bad in [changed, unsigned, rsa1, garbage] {
                #expect(!client.verifyNotification(bad))
            }
        }
    }

    @Test("a raw form body is decoded (+ and %XX) before checking")
    func formBody() throws {
        let parameters = try Self.signed(Self.notification)
        let body = parameters.map { key, value in
            let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~ "))
            let encoded = value.addingPercentEncoding(withAllowedCharacters: allowed)!.replacingOccurrences(
                of: " ", with: "+")
            return "\(key)=\(encoded)"
        }.joined(separator: "&")
        let client = try AlipayClient(config: Fixtures.keyModeConfig())
        #expect(client.verifyNotification(formBody: body))
        #expect(!client.verifyNotification(formBody: body.replacingOccurrences(of: "3.00", with: "4.00")))
    }
}
