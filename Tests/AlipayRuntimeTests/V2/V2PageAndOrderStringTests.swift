import Foundation
import Testing

@testable import AlipayRuntime

/// Page forms, page URLs and order strings carry exactly the signed values, whatever they hold.
@Suite("v2 page pay and app pay")
struct V2PageAndOrderStringTests {
    static let tricky = [
        "大乐透 & = + / ? # % ~ *", "a &amp; b &lt; c &copy d &notify_url=1", "quote \" apostrophe ' <script>x</script>",
        "line\nbreak\r\nand\ttab", #"{"json":["inside",1,{"a":"b"}]}"#, "100% 50%25 %zz + plus",
    ]

    struct Order: Encodable, Sendable {
        var outTradeNo: String
        var totalAmount: String
        var subject: String
        var body: String

        enum CodingKeys: String, CodingKey {
            case outTradeNo = "out_trade_no"
            case totalAmount = "total_amount"
            case subject, body
        }
    }

    static func client(gatewayURL: String = "https://openapi.alipay.com/gateway.do") throws -> AlipayClient {
        var config = Fixtures.keyModeConfig()
        config.gatewayURL = URL(string: gatewayURL)!
        return try AlipayClient(config: config)
    }

    /// Checks `parameters` as the gateway does: RSA2 over every non-empty parameter but `sign`, sorted.
    static func verifies(_ parameters: [String: String]) throws -> Bool {
        let content = parameters.filter { $0.key != "sign" && !$0.value.isEmpty }
            .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            .map { "\($0.key)=\($0.value)" }.joined(separator: "&")
        let key = try VerifyingKey(Fixtures.appPublicKey, field: "test")
        return key.isValid(parameters["sign"] ?? "", for: Data(content.utf8))
    }

    /// Decodes a form-encoded query independently of the SDK's own decoder.
    static func query(_ text: Substring) -> [String: String] {
        var result: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (part: Substring) in part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding! }
            #expect(result.updateValue(decode(parts.count > 1 ? parts[1] : ""), forKey: decode(parts[0])) == nil)
        }
        return result
    }

    @Test("the POST form: a browser decoding its attributes submits exactly the signed values", arguments: tricky)
    func pageForm(value: String) throws {
        let order = Order(outTradeNo: "T-1", totalAmount: "88.88", subject: value, body: value)
        let html = try Self.client().v2.pageExecute(
            "alipay.trade.page.pay", bizContent: order,
            parameters: ["return_url": "https://m.example.com/return?a=1&b=\(value)", "passback": value])
        let form = try HTMLAttributeDecoder.form(html)
        #expect(form.action.hasPrefix("https://openapi.alipay.com/gateway.do?"))
        var submitted = Self.query(form.action.split(separator: "?", maxSplits: 1)[1])
        for (name, value) in form.fields {
            #expect(submitted.updateValue(value, forKey: name) == nil, "\(name) twice")
        }
        #expect(submitted["passback"] == value)
        #expect(submitted["return_url"] == "https://m.example.com/return?a=1&b=\(value)")
        let bizContent = try JSONDecoder().decode([String: String].self, from: Data(submitted["biz_content"]!.utf8))
        #expect(bizContent["subject"] == value)
        #expect(try Self.verifies(submitted))
        #expect(html.hasSuffix("</form>\n<script>document.forms[0].submit();</script>"))
    }

    @Test("the GET URL carries every parameter, sign included, form-encoded", arguments: tricky)
    func pageURL(value: String) throws {
        let url = try Self.client().v2.pageExecute(
            "alipay.trade.wap.pay",
            bizContent: ["out_trade_no": "T-2", "subject": value, "product_code": "QUICK_WAP_WAY"],
            parameters: ["return_url": "https://m.example.com/return"], httpMethod: .get)
        #expect(url.hasPrefix("https://openapi.alipay.com/gateway.do?"))
        #expect(URL(string: url) != nil)
        let parameters = Self.query(url.split(separator: "?", maxSplits: 1)[1])
        #expect(parameters["method"] == "alipay.trade.wap.pay")
        #expect(
            try JSONDecoder().decode([String: String].self, from: Data(parameters["biz_content"]!.utf8))["subject"]
                == value)
        #expect(try Self.verifies(parameters))
    }

    @Test("order strings round-trip every value and verify", arguments: tricky)
    func orderString(value: String) throws {
        let order = Order(outTradeNo: "T-3", totalAmount: "9.00", subject: value, body: value)
        let orderString = try Self.client().v2.sdkExecute(
            "alipay.trade.app.pay", bizContent: order, parameters: ["notify_url": "https://m.example.com/n?x=\(value)"])
        #expect(!orderString.contains(" ") && !orderString.contains("\n") && !orderString.hasPrefix("http"))
        let parameters = Self.query(orderString[...])
        #expect(parameters["notify_url"] == "https://m.example.com/n?x=\(value)")
        #expect(parameters["sign_type"] == "RSA2" && parameters["charset"] == "utf-8" && parameters["version"] == "1.0")
        let bizContent = try JSONDecoder().decode([String: String].self, from: Data(parameters["biz_content"]!.utf8))
        #expect(bizContent == ["out_trade_no": "T-3", "total_amount": "9.00", "subject": value, "body": value])
        #expect(try Self.verifies(parameters))
        // Keys are sorted, sign among them, as Java writes them.
        let names = orderString.split(separator: "&").map { String($0.split(separator: "=")[0]) }
        #expect(names == names.sorted())
    }

    @Test("a gateway URL that has a query keeps it, and the parameters follow it")
    func gatewayQuery() throws {
        let client = try Self.client(gatewayURL: "https://gateway.example.com/gateway.do?tenant=a%20b")
        let url = try client.v2.pageExecute("alipay.trade.wap.pay", parameters: [:], httpMethod: .get)
        #expect(url.hasPrefix("https://gateway.example.com/gateway.do?tenant=a%20b&app_id="))
        let html = try client.v2.pageExecute("alipay.trade.page.pay", bizContent: ["a": "b"])
        #expect(
            try HTMLAttributeDecoder.form(html).action.hasPrefix(
                "https://gateway.example.com/gateway.do?tenant=a%20b&app_id="))
    }

    @Test("form bodies split on the bytes & and =, whatever characters follow them")
    func formSplitsOnBytes() throws {
        let pairs = try #require(FormEncoding.decodePairs("a=1&\u{301}b=2&c\u{600}=3&\u{200D}=4"))
        #expect(pairs.map(\.name) == ["a", "\u{301}b", "c\u{600}", "\u{200D}"])
        #expect(pairs.map(\.value) == ["1", "2", "3", "4"])
        #expect(FormEncoding.decodePairs("a=%E4%B8%AD+%2B&b").map { $0.map(\.value) } == ["中 +", ""])
        #expect(FormEncoding.decodePairs("a=%E4%B8") == nil)
        #expect(FormEncoding.decodePairs("a=%zz") == nil)
    }

    @Test("the timestamp is Beijing time whatever the machine's zone")
    func beijingTimestamp() throws {
        #expect(BeijingTime.timestamp(Date(timeIntervalSince1970: 1_719_808_496)) == "2024-07-01 12:34:56")
        #expect(BeijingTime.timestamp(Date(timeIntervalSince1970: 0)) == "1970-01-01 08:00:00")
        #expect(BeijingTime.timestamp(Date(timeIntervalSince1970: 951_811_199)) == "2000-02-29 15:59:59")
        #expect(BeijingTime.timestamp(Date(timeIntervalSince1970: -1)) == "1970-01-01 07:59:59")
        #expect(BeijingTime.timestamp(Date(timeIntervalSince1970: 4_102_415_999)) == "2099-12-31 23:59:59")
        #expect(BeijingTime.timestamp(Date(timeIntervalSince1970: 253_402_271_999)) == "9999-12-31 23:59:59")
        #expect(BeijingTime.timestamp(Date(timeIntervalSince1970: 253_402_272_000)) == "10000-01-01 00:00:00")
        #expect(BeijingTime.timestamp(Date(timeIntervalSince1970: -30_610_252_801)) == "0999-12-31 23:59:59")
        let orderString = try Self.client().v2.sdkExecute("alipay.trade.app.pay", parameters: [:])
        let timestamp = Self.query(orderString[...])["timestamp"]!
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let parsed = try #require(formatter.date(from: timestamp))
        #expect(abs(parsed.timeIntervalSinceNow) < 5)
    }

    @Test("the client's own parameters cannot be overridden, and a duplicated biz_content is refused")
    func reservedParameters() throws {
        let v2 = try Self.client().v2
        for name in ["sign", "app_id", "timestamp", "method", "charset", "sign_type"] {
            #expect(throws: AlipayError.self) { try v2.sdkExecute("alipay.trade.app.pay", parameters: [name: "x"]) }
        }
        #expect(throws: AlipayError.self) {
            try v2.sdkExecute("alipay.trade.app.pay", bizContent: ["a": "b"], parameters: ["biz_content": "{}"])
        }
        // An API without biz_content may take a raw one through parameters.
        let raw = try v2.sdkExecute("alipay.trade.app.pay", parameters: ["biz_content": #"{"raw":true}"#])
        #expect(Self.query(raw[...])["biz_content"] == #"{"raw":true}"#)
    }
}

@Suite("v2 page pay against the official SDK's vector", .enabled(if: V2Vectors.isPresent, V2Vectors.absent))
struct V2PageVectorTests {
    @Test("04: our decoder reads the official form as a browser does, and our form submits the signed values")
    func pagePayVector() throws {
        let vector = try V2Vectors.json("04-page-execute-page-pay.json")
        let expected = try vector.object("expected")
        // The decoder agrees with what a browser submits for the official SDK's HTML.
        let official = try HTMLAttributeDecoder.form(try expected.string("post_form_html"))
        let browser = try expected.object("browser_submitted_fields").strings
        #expect(Dictionary(uniqueKeysWithValues: official.fields) == browser)

        // Ours, signed with the vector's timestamp: the same parameters and signature.
        let params = try expected.object("params").strings
        let signed = try V2SigningVectorTests.sign(params, config: try V2Vectors.keyModeConfig())
        #expect(try signed.signature == expected.string("sign"))
        let ours = try HTMLAttributeDecoder.form(
            PageForm.html(gatewayURL: "https://openapi.alipay.com/gateway.do", parameters: signed))
        var submitted = V2PageAndOrderStringTests.query(ours.action.split(separator: "?", maxSplits: 1)[1])
        for (name, value) in ours.fields { submitted[name] = value }
        #expect(submitted == params)
        let url = PageURL.url(gatewayURL: "https://openapi.alipay.com/gateway.do", query: signed.parameters)
        #expect(V2PageAndOrderStringTests.query(url.split(separator: "?", maxSplits: 1)[1]) == params)
    }
}
