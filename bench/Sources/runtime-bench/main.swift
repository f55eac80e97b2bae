@_spi(Benchmarks) import AlipayRuntime
import AlipayTrade
import BenchSupport
import Crypto
import Foundation
import _CryptoExtras

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

// Benchmarks of the runtime: crypto primitives, our signing and verification, AES, and full calls
// through AlipayTestGateway on loopback. Prints a Markdown table. Run in release mode.

/// `biz_content` of an app pay order.
struct AppPayModel: Codable, Sendable {
    var outTradeNo = "20240701-0001"
    var totalAmount = "88.88"
    var subject = "Swift 测试商品"
    var productCode = "QUICK_MSECURITY_PAY"
    var timeoutExpress = "30m"

    enum CodingKeys: String, CodingKey {
        case outTradeNo = "out_trade_no"
        case totalAmount = "total_amount"
        case subject
        case productCode = "product_code"
        case timeoutExpress = "timeout_express"
    }
}

/// `biz_content` of a page pay order.
struct PagePayModel: Codable, Sendable {
    var outTradeNo = "20240701-0002"
    var totalAmount = "88.88"
    var subject = "Swift 测试商品 & \"quoted\""
    var productCode = "FAST_INSTANT_TRADE_PAY"
    var body = "A <b>bold</b> order; 1 > 0"

    enum CodingKeys: String, CodingKey {
        case outTradeNo = "out_trade_no"
        case totalAmount = "total_amount"
        case subject
        case productCode = "product_code"
        case body
    }
}

/// The node of a successful `alipay.trade.query` answer, about 2 KB: the trade, its fund bills and vouchers.
func tradeQueryNode() -> String {
    let bills = (1...5).map { index in
        #"{"fund_channel":"ALIPAYACCOUNT","amount":"1\#(index).00","real_amount":"1\#(index).00","fund_type":"DEBIT_CARD"}"#
    }
    let vouchers = (1...3).map { index in
        #"{"id":"2024070100826300\#(index)","name":"满 100 减 \#(index) 元","type":"ALIPAY_FIX_VOUCHER","amount":"\#(index).00","#
            + #""merchant_contribute":"0.00","other_contribute":"\#(index).00","memo":"商户优惠券 \#(index)"}"#
    }
    let fields = [
        #""code":"10000","msg":"Success","trade_no":"2024070122001405611000012345","out_trade_no":"20240701-0001""#,
        #""buyer_logon_id":"159****5620","trade_status":"TRADE_SUCCESS","total_amount":"88.88""#,
        #""trans_currency":"CNY","settle_currency":"CNY","settle_amount":"88.88","pay_currency":"CNY""#,
        #""pay_amount":"88.88","settle_trans_rate":"1","trans_pay_rate":"1","buyer_pay_amount":"88.88""#,
        #""point_amount":"0.00","invoice_amount":"88.88","send_pay_date":"2024-07-01 12:35:10""#,
        #""receipt_amount":"88.88","store_id":"NJ_S_001","terminal_id":"NJ_T_001""#,
        #""store_name":"南京新街口店","buyer_user_id":"2088101117955611","buyer_user_type":"PRIVATE""#,
        #""mdiscount_amount":"0.00","discount_amount":"0.00","subject":"Swift 测试商品""#,
        #""body":"A trade of the benchmark","ext_infos":"{\"action\":\"reserve\"}""#,
        #""fund_bill_list":[\#(bills.joined(separator: ","))]"#,
        #""voucher_detail_list":[\#(vouchers.joined(separator: ","))]"#,
        #""enterprise_pay_info":{"is_use_enterprise_pay":false,"invoice_amount":"0.00","biz_info":"{}"}"#,
        #""charge_amount":"0.00","charge_flags":"bluesea_1","settlement_id":"2024070100000001""#,
    ]
    return "{" + fields.joined(separator: ",") + "}"
}

/// The fields of a paid trade's notification, `sign` aside.
func tradeNotificationFields() -> [String: String] {
    [
        "gmt_create": "2024-07-01 12:34:56", "charset": "utf-8", "seller_email": "shop@example.com",
        "subject": "Swift 测试商品 & \"quoted\"", "buyer_id": "2088102177846880", "invoice_amount": "88.88",
        "notify_id": "2024070100222123510046880507654321", "notify_type": "trade_status_sync",
        "fund_bill_list":
            #"[{"amount":"80.00","fundChannel":"ALIPAYACCOUNT"},{"amount":"8.88","fundChannel":"PCREDIT"}]"#,
        "trade_status": "TRADE_SUCCESS", "receipt_amount": "88.88", "app_id": appId, "buyer_pay_amount": "88.88",
        "sign_type": "RSA2", "seller_id": "2088102177649450", "gmt_payment": "2024-07-01 12:35:10",
        "notify_time": "2024-07-01 12:35:11", "passback_params": "order%3D7%26from%3Dapp", "version": "1.0",
        "out_trade_no": "20240701-0001", "total_amount": "88.88", "trade_no": "2024070122001446880501234567",
        "auth_app_id": appId, "buyer_logon_id": "159****5620", "point_amount": "0.00",
        "body": "A trade of the benchmark",
    ]
}

let appPrivateKeyText = try fixture("app_private_pkcs8.pem")
let alipayPrivateKeyText = try fixture("alipay_private_pkcs8.pem")
var config = AlipayConfig(
    appId: appId, privateKey: appPrivateKeyText, alipayPublicKey: try fixture("alipay_public.b64"))

var rows: [Measurement] = []

// Bare swift-crypto RSA-2048, side by side with the v2 calls built on it: each pair is measured in
// alternating rounds, so that the ratios below compare like with like.
let appKey = try _RSA.Signing.PrivateKey(pemRepresentation: appPrivateKeyText)
let message = Data(String(repeating: "x", count: 300).utf8)
var signature = try appKey.signature(for: SHA256.hash(data: message), padding: .insecurePKCS1v1_5)
let v2 = try AlipayClient(config: config).v2
let appPay = AppPayModel()
let pagePay = PagePayModel()
let notifyURL = "https://m.example.com/alipay/notify"
let returnURL = "https://m.example.com/alipay/return"
// The same orders as generated models, for the typed calls.
let typedApp = AlipayTradeAppApi(client: try AlipayClient(config: config))
let typedPage = AlipayTradePageApi(client: try AlipayClient(config: config))
let typedAppPay = AlipayTradeAppPayModel(
    outTradeNo: appPay.outTradeNo, productCode: appPay.productCode, subject: appPay.subject,
    timeoutExpress: appPay.timeoutExpress, totalAmount: appPay.totalAmount)
let typedPagePay = AlipayTradePagePayModel(
    body: pagePay.body, outTradeNo: pagePay.outTradeNo, productCode: "FAST_INSTANT_TRADE_PAY", subject: pagePay.subject,
    totalAmount: pagePay.totalAmount)
var output = ""
let signing = try Measurement.interleaved([
    (
        "RSA-2048 sign (_CryptoExtras, SHA256 PKCS#1 v1.5)", 500,
        { signature = try appKey.signature(for: SHA256.hash(data: message), padding: .insecurePKCS1v1_5) }
    ),
    (
        "v2 sdkExecute (alipay.trade.app.pay order string)", 500,
        {
            output = try v2.sdkExecute(
                "alipay.trade.app.pay", bizContent: appPay, parameters: ["notify_url": notifyURL])
        }
    ),
    (
        "v2 pageExecute (alipay.trade.page.pay, POST form)", 500,
        {
            output = try v2.pageExecute(
                "alipay.trade.page.pay", bizContent: pagePay,
                parameters: ["return_url": returnURL, "notify_url": notifyURL])
        }
    ),
    (
        "typed AlipayTradeAppApi.pay (alipay.trade.app.pay order string)", 500,
        { output = try typedApp.pay(typedAppPay, notifyURL: notifyURL) }
    ),
    (
        "typed AlipayTradePageApi.pay (alipay.trade.page.pay, POST form)", 500,
        { output = try typedPage.pay(typedPagePay, returnURL: returnURL, notifyURL: notifyURL) }
    ),
    (
        "v2 pageExecute (alipay.trade.page.pay, GET URL)", 500,
        {
            output = try v2.pageExecute(
                "alipay.trade.page.pay", bizContent: pagePay,
                parameters: ["return_url": returnURL, "notify_url": notifyURL], httpMethod: .get)
        }
    ),
])
precondition(output.hasPrefix("https://openapi.alipay.com/gateway.do?"))

// A v2 answer of about 2 KB, signed over the node's exact bytes with the "Alipay" test key.
let alipayKey = try _RSA.Signing.PrivateKey(pemRepresentation: alipayPrivateKeyText)
let queryNode = Data(tradeQueryNode().utf8)
let querySignature = try alipayKey.signature(for: SHA256.hash(data: queryNode), padding: .insecurePKCS1v1_5)
let querySign = querySignature.rawRepresentation.base64EncodedString()
let queryBody = Data(#"{"alipay_trade_query_response":"#.utf8) + queryNode + Data(#","sign":"\#(querySign)"}"#.utf8)
let nodeSize = String(format: "%.1f KB", Double(queryNode.count) / 1024)
var valid = true
let verifying = try Measurement.interleaved([
    (
        "RSA-2048 verify (_CryptoExtras)", 5000,
        {
            valid =
                valid
                && appKey.publicKey.isValidSignature(
                    signature, for: SHA256.hash(data: message), padding: .insecurePKCS1v1_5)
        }
    ),
    (
        "RSA-2048 verify of the same \(nodeSize) node (_CryptoExtras)", 5000,
        {
            valid =
                valid
                && alipayKey.publicKey.isValidSignature(
                    querySignature, for: SHA256.hash(data: queryNode), padding: .insecurePKCS1v1_5)
        }
    ),
    (
        "v2 verify (alipay.trade.query answer, \(nodeSize) node)", 5000,
        { valid = try v2.verify(responseBody: queryBody, method: "alipay.trade.query").code == "10000" && valid }
    ),
])
precondition(valid)

// A trade notification of real size (26 fields and `sign`), signed by the v1 rule.
let notificationFields = tradeNotificationFields()
let notificationContent = Data(
    notificationFields.filter { $0.key != "sign_type" && !$0.value.isEmpty }
        .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        .map { "\($0.key)=\($0.value)" }.joined(separator: "&").utf8)
let notificationSignature = try alipayKey.signature(
    for: SHA256.hash(data: notificationContent), padding: .insecurePKCS1v1_5)
let formValue = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-*_ ")
let notificationBody =
    (notificationFields.map { ($0.key, $0.value) }
    + [("sign", notificationSignature.rawRepresentation.base64EncodedString())])
    .map { name, value in
        let encoded = value.addingPercentEncoding(withAllowedCharacters: formValue)!
        return "\(name)=\(encoded.replacingOccurrences(of: " ", with: "+"))"
    }
    .joined(separator: "&")
let bodySize = String(format: "%.1f KB", Double(notificationBody.utf8.count) / 1024)
let notifyClient = try AlipayClient(config: config)
let notifying = try Measurement.interleaved([
    (
        "RSA-2048 verify of the same trade notification's sign content (_CryptoExtras)", 5000,
        {
            valid =
                valid
                && alipayKey.publicKey.isValidSignature(
                    notificationSignature, for: SHA256.hash(data: notificationContent), padding: .insecurePKCS1v1_5)
        }
    ),
    (
        "client.notification(formBody:) of a trade notification (\(bodySize) form body)", 5000,
        { valid = try notifyClient.notification(formBody: notificationBody).tradeStatus == .tradeSuccess && valid }
    ),
])
precondition(valid)
rows += signing + verifying + notifying
let ratios = [
    ("sdkExecute / RSA-2048 sign", signing[1].median / signing[0].median, "≤ 1.05x"),
    ("pageExecute (POST form) / RSA-2048 sign", signing[2].median / signing[0].median, "≤ 1.05x"),
    ("typed AlipayTradeAppApi.pay / RSA-2048 sign", signing[3].median / signing[0].median, "≤ 1.05x"),
    ("typed AlipayTradePageApi.pay (POST form) / RSA-2048 sign", signing[4].median / signing[0].median, "≤ 1.05x"),
    ("pageExecute (GET URL) / RSA-2048 sign", signing[5].median / signing[0].median, "≤ 1.05x"),
    ("v2 verify / RSA-2048 verify of the same \(nodeSize) node", verifying[2].median / verifying[1].median, "≤ 1.5x"),
    ("v2 verify (\(nodeSize) node) / RSA-2048 verify (300 B)", verifying[2].median / verifying[0].median, "≤ 1.5x"),
    (
        "client.notification(formBody:) / RSA-2048 verify of the same sign content",
        notifying[1].median / notifying[0].median, "≤ 1.5x"
    ),
]

// Our request signing: encode, build the sign content, sign, assemble headers.
let signer = try RequestSigner(config: config)
let request = syncRequest()
rows.append(
    try .time("RequestSigner.sign (JSON body → SignedRequest)", runs: 500) {
        _ = try signer.sign(request)
    })

// Our response verification.
let responseBody = Data(#"{"agreement_no":"20195108518085620000","out_biz_no":"2020081211223006150094012926289"}"#.utf8)
let timestamp = "1700000000000"
let nonce = "8e6d2c8a-0f4e-4d0b-9a51-3c7f2b1d9e40"
let responseSignature = try alipayKey.signature(
    for: SHA256.hash(data: Data("\(timestamp)\n\(nonce)\n".utf8) + responseBody + Data("\n".utf8)),
    padding: .insecurePKCS1v1_5
).rawRepresentation.base64EncodedString()
let responseHeaders: AlipayHTTPHeaders = [
    "Alipay-Timestamp": timestamp, "Alipay-Nonce": nonce, "Alipay-Signature": responseSignature,
    "Alipay-Trace-Id": "0b5c4a0e16", "Content-Type": "application/json",
]
let verifier = try ResponseVerifier(config: config)
rows.append(
    try .time("ResponseVerifier.verify (headers + 84 B body)", runs: 5000) {
        try verifier.verify(status: 200, headers: responseHeaders, body: responseBody)
    })

// AES content encryption of 1 KB: the library's CBC alone, then ours (CBC plus base64).
let aesKey = SymmetricKey(
    data: Data(base64Encoded: try fixture("aes_key.b64").trimmingCharacters(in: .whitespacesAndNewlines))!)
let zeroIV = try AES._CBC.IV(ivBytes: [UInt8](repeating: 0, count: 16))
let bareKilobyte = Data((0..<1024).map { UInt8(32 + $0 % 90) })
rows.append(
    try .time("AES-128-CBC encrypt + decrypt, 1 KB (_CryptoExtras)", runs: 5000) {
        let encrypted = try AES._CBC.encrypt(bareKilobyte, using: aesKey, iv: zeroIV)
        let decrypted = try AES._CBC.decrypt(encrypted, using: aesKey, iv: zeroIV)
        precondition(decrypted.count == 1024)
    })
let cipher = try AlipayContentCipher(base64Key: try fixture("aes_key.b64"))
let kilobyte = Data((0..<1024).map { UInt8(32 + $0 % 90) })
rows.append(
    try .time("AlipayContentCipher encrypt + decrypt, 1 KB", runs: 5000) {
        let decrypted = try cipher.decrypt(cipher.encrypt(kilobyte))
        precondition(decrypted.count == 1024)
    })

// Full calls through the gateway on loopback.
let gateway = try await startBenchGateway()
config.serverURL = gateway.baseURL
let sessionConfiguration = URLSessionConfiguration.default
sessionConfiguration.httpMaximumConnectionsPerHost = 64
let client = try AlipayClient(
    config: config, transport: URLSessionTransport(session: URLSession(configuration: sessionConfiguration)))

func call() async throws -> Duration {
    let clock = ContinuousClock()
    let start = clock.now
    let response: SyncResponse = try await client.send(request, returning: SyncResponse.self)
    precondition(response.agreementNo == "20195108518085620000")
    return clock.now - start
}

for _ in 0..<20 { _ = try await call() }  // warm up connections
let total = 600
for concurrency in [1, 8, 32] {
    let clock = ContinuousClock()
    let start = clock.now
    let samples = try await withThrowingTaskGroup(of: [Duration].self) { group in
        for worker in 0..<concurrency {
            let share = total / concurrency + (worker < total % concurrency ? 1 : 0)
            group.addTask {
                var durations: [Duration] = []
                for _ in 0..<share { durations.append(try await call()) }
                return durations
            }
        }
        var all: [Duration] = []
        for try await part in group { all += part }
        return all
    }
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    rows.append(
        Measurement(
            name: "AlipayClient.send via AlipayTestGateway, \(concurrency) concurrent (latency per call)",
            samples: samples, throughput: Double(samples.count) / seconds))
}
await gateway.stop()

print("| operation | runs | median | p10 | p90 | calls/s |")
print("|---|---:|---:|---:|---:|---:|")
for row in rows {
    let throughput = row.throughput.map { String(format: "%.0f", $0) } ?? "—"
    print(
        "| \(row.name) | \(row.samples.count) | \(row.percentile(0.5).formatted) | \(row.percentile(0.1).formatted) | \(row.percentile(0.9).formatted) | \(throughput) |"
    )
}
print("")
for (name, ratio, target) in ratios {
    print("Ratio: \(name) = \(String(format: "%.3f", ratio))x (medians; target \(target))")
}
