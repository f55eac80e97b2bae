import Foundation

@testable import AlipayRuntime

/// A trade notification of real size, signed as Alipay signs it (v1 rule, RSA2), and its form body.
enum TradeNotificationSample {
    /// Every field but `sign`, as a paid page-pay trade's notification has them.
    static var fields: [String: String] {
        [
            "gmt_create": "2025-03-01 12:00:00", "charset": "utf-8", "seller_email": "shop@example.com",
            "subject": "Swift 测试商品 & = + /?#%", "buyer_id": "2088102177846880", "invoice_amount": "88.88",
            "notify_id": "2025030100222120011046880507654321", "fund_bill_list": fundBillList,
            "notify_type": "trade_status_sync", "trade_status": "TRADE_SUCCESS", "receipt_amount": "88.88",
            "app_id": Fixtures.appId, "buyer_pay_amount": "88.88", "sign_type": "RSA2",
            "seller_id": "2088102177649450", "gmt_payment": "2025-03-01 12:00:09", "notify_time": "2025-03-01 12:00:10",
            "passback_params": "order%3D7%26from%3Dapp", "version": "1.0", "out_trade_no": "70501111111S001111120",
            "total_amount": "88.88", "trade_no": "2025030122001446880501234567", "auth_app_id": Fixtures.appId,
            "buyer_logon_id": "159****5620", "point_amount": "0.00", "body": "A checkout of the test shop",
        ]
    }

    static let fundBillList =
        #"[{"amount":"80.00","fundChannel":"ALIPAYACCOUNT"},"#
        + #"{"amount":"8.88","fundChannel":"BANKCARD","fundType":"DEBIT_CARD","realAmount":"8.88"}]"#

    /// `fields` with `sign`, signed with `privateKey` (the test "Alipay" key unless given).
    static func signed(_ fields: [String: String] = fields, privateKey: String = Fixtures.alipayPrivateKey) throws
        -> [String: String]
    {
        var signed = fields
        let content = String(decoding: NotificationForm.signContent(fields, rule: .excludingSignType), as: UTF8.self)
        signed["sign"] = try SigningKey(privateKey, field: "test").sign(content)
        return signed
    }

    /// The form body of `fields`, encoded as Alipay encodes it, in a fixed order.
    static func formBody(_ fields: [String: String]) -> String {
        FormEncoding.encode(fields.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) })
    }

    /// The signed form body.
    static func signedBody(_ fields: [String: String] = fields, privateKey: String = Fixtures.alipayPrivateKey) throws
        -> String
    {
        formBody(try signed(fields, privateKey: privateKey))
    }
}
