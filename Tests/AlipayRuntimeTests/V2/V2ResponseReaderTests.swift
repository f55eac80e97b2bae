import Foundation
import Testing

@testable import AlipayRuntime

/// The signed range and the verdict on answers shaped to break weaker readers.
@Suite("v2 response reading")
struct V2ResponseReaderTests {
    static let method = "alipay.trade.query"
    static let success = #"{"code":"10000","msg":"Success","out_trade_no":"A1","trade_status":"TRADE_SUCCESS"}"#

    static func sign(_ node: String) throws -> String {
        try SigningKey(Fixtures.alipayPrivateKey, field: "test").sign(node)
    }

    static func read(_ body: String, client: AlipayClient? = nil) throws(AlipayError) -> AlipayV2Response {
        let reader = (client ?? (try! AlipayClient(config: Fixtures.keyModeConfig()))).v2Reader
        return try reader.read(Data(body.utf8), method: method)
    }

    @Test(
        "nodes with nested objects and arrays, braces, \\\" and a trailing \\\\ in strings, whitespace, any member order",
        arguments: [
            #"{"code":"10000","msg":"Success","a":{"b":[1,{"c":"d"}],"e":[]},"f":-1.5e3}"#,
            #"{"code":"10000","msg":"Success","a":"}\"{","b":["\\"],"c":"{{{"}"#,
            #"{ "code" : "10000" , "msg":"Success","u":"\u4e2d\ud83d\ude00" }"#,
        ])
    func shapes(node: String) throws {
        let sign = try Self.sign(node)
        let bodies = [
            #"{"alipay_trade_query_response":\#(node),"sign":"\#(sign)"}"#,
            #"{"sign":"\#(sign)","alipay_trade_query_response":\#(node),"k":"alipay_trade_query"}"#,
            " {\n \"alipay_trade_query_response\" :\t\(node) ,\r\n \"sign\" : \"\(sign)\" } \n",
        ]
        for body in bodies {
            let response = try Self.read(body)
            #expect(response.text == node)
            #expect(response.code == "10000")
        }
    }

    @Test("a forged second node is refused, however its name is spelled")
    func duplicateNode() throws {
        let sign = try Self.sign(Self.success)
        let forged = Self.success.replacingOccurrences(of: "TRADE_SUCCESS", with: "TRADE_FINISHED")
        for name in ["alipay_trade_query_response", #"alipay\u005ftrade_query_response"#] {
            let body = #"{"alipay_trade_query_response":\#(Self.success),"sign":"\#(sign)","\#(name)":\#(forged)}"#
            #expect {
                try Self.read(body)
            } throws: { error in
                guard case .invalidResponse(let response) = error as? AlipayError else { return false }
                return response.reason.contains("twice")
            }
        }
        // The same body without the forged copy verifies: the refusal is about the copy.
        _ = try Self.read(#"{"alipay_trade_query_response":\#(Self.success),"sign":"\#(sign)"}"#)
    }

    @Test("a node signed with plain slashes and sent with \\/ verifies on the retry; a real change still fails")
    func escapedSlashes() throws {
        let node = #"{"code":"10000","msg":"Success","url":"https://example.com/a/b"}"#
        let sign = try Self.sign(node)
        let sent = node.replacingOccurrences(of: "/", with: #"\/"#)
        let response = try Self.read(#"{"alipay_trade_query_response":\#(sent),"sign":"\#(sign)"}"#)
        struct Node: Decodable { var url: String }
        #expect(try response.decode(Node.self).url == "https://example.com/a/b")
        let changed = sent.replacingOccurrences(of: "example", with: "exampl3")
        #expect(throws: AlipayError.self) {
            try Self.read(#"{"alipay_trade_query_response":\#(changed),"sign":"\#(sign)"}"#)
        }
    }

    @Test("failures: signed business errors are verified, unsigned ones are marked, error_response is read")
    func failures() throws {
        let failure = #"{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_NOT_EXIST","sub_msg":"交易不存在"}"#
        let sign = try Self.sign(failure)
        let cases: [(String, Bool)] = [
            (#"{"alipay_trade_query_response":\#(failure),"sign":"\#(sign)"}"#, true),
            (#"{"error_response":\#(failure),"sign":"\#(sign)"}"#, true),
            (#"{"alipay_trade_query_response":\#(failure)}"#, false),
        ]
        for (body, verified) in cases {
            #expect {
                try Self.read(body)
            } throws: { error in
                guard case .api(let api) = error as? AlipayError else { return false }
                return api.code == "ACQ.TRADE_NOT_EXIST" && api.message == "交易不存在" && api.gatewayCode == "40004"
                    && api.gatewayMessage == "Business Failed" && api.status == 200 && api.isVerified == verified
            }
        }
        // A signed failure whose signature does not match is not reported as Alipay's word.
        let badSign = try Self.sign(Self.success)
        #expect(throws: AlipayError.self) { try Self.read(#"{"error_response":\#(failure),"sign":"\#(badSign)"}"#) }
    }

    @Test("unsigned successes, tampered nodes, HTML pages, truncated JSON and odd nodes are each their own error")
    func rejections() throws {
        let sign = try Self.sign(Self.success)
        func expectError(_ body: String, status: Int = 200, _ matches: (AlipayError) -> Bool) {
            let client = try! AlipayClient(config: Fixtures.keyModeConfig())
            do {
                _ = try client.v2Reader.read(Data(body.utf8), status: status, method: Self.method)
                Issue.record("accepted: \(body.prefix(80))")
            } catch {
                #expect(matches(error), "\(error)")
            }
        }
        expectError(#"{"alipay_trade_query_response":\#(Self.success)}"#) {
            if case .missingSignatureField("sign", Self.method) = $0 { true } else { false }
        }
        let tampered = Self.success.replacingOccurrences(of: "A1", with: "A2")
        expectError(#"{"alipay_trade_query_response":\#(tampered),"sign":"\#(sign)"}"#) {
            if case .invalidSignature = $0 { true } else { false }
        }
        expectError("<html><body>500 Internal Server Error</body></html>", status: 500) {
            if case .invalidResponse(let response) = $0 { response.status == 500 } else { false }
        }
        let whole = #"{"alipay_trade_query_response":\#(Self.success),"sign":"\#(sign)"}"#
        for cut in [whole.count / 2, whole.count - 1, 10] {
            expectError(String(whole.prefix(cut))) {
                if case .invalidResponse(let response) = $0 {
                    response.reason.contains("not a JSON object")
                } else {
                    false
                }
            }
        }
        expectError(#"{"alipay_trade_query_response":10000,"sign":"\#(sign)"}"#) {
            if case .invalidResponse = $0 { true } else { false }
        }
        expectError(#"{"other_response":\#(Self.success),"sign":"\#(sign)"}"#) {
            if case .invalidResponse(let response) = $0 { response.reason.contains("neither") } else { false }
        }
        expectError(#"{"alipay_trade_query_response":\#(Self.success),"sign":"\#(sign)","sign":"x"}"#) {
            if case .invalidResponse = $0 { true } else { false }
        }
    }

    @Test("certificate mode: alipay_cert_sn is required on successes and must name a known certificate")
    func certificateMode() throws {
        let client = try AlipayClient(config: Fixtures.certModeConfig())
        let sn = try Fixtures.certificates().alipayCertificateSerialNumber
        let sign = try Self.sign(Self.success)
        let good = #"{"alipay_trade_query_response":\#(Self.success),"alipay_cert_sn":"\#(sn)","sign":"\#(sign)"}"#
        #expect(try Self.read(good, client: client).alipayCertificateSerialNumber == sn)
        #expect {
            try Self.read(#"{"alipay_trade_query_response":\#(Self.success),"sign":"\#(sign)"}"#, client: client)
        } throws: { error in
            if case .missingSignatureField("alipay_cert_sn", _) = error as? AlipayError { true } else { false }
        }
        let unknown = good.replacingOccurrences(of: sn, with: "0123456789abcdef0123456789abcdef")
        #expect {
            try Self.read(unknown, client: client)
        } throws: { error in
            guard case .unknownAlipayCertificate(let serial, let expected, _) = error as? AlipayError else {
                return false
            }
            return serial == "0123456789abcdef0123456789abcdef" && expected == sn
        }
    }

    @Test(
        "what JSON parsers refuse is refused: lone surrogates, numbers beyond a Double",
        arguments: [
            #""\ud800""#, #""a\udc00b""#, #""\ud800\u0041""#, "1e400", "-1E+999", String(repeating: "9", count: 400),
        ])
    func unparseable(value: String) throws {
        let node = #"{"code":"10000","msg":"Success","x":\#(value)}"#
        let body = #"{"alipay_trade_query_response":\#(node),"sign":"\#(try Self.sign(node))"}"#
        #expect(throws: AlipayError.self) { try Self.read(body) }
        // A surrogate pair and a large but finite number are fine.
        let fine = #"{"code":"10000","msg":"Success","x":"\ud83d\ude00","y":1e300}"#
        #expect(
            try Self.read(#"{"alipay_trade_query_response":\#(fine),"sign":"\#(try Self.sign(fine))"}"#).text == fine)
    }

    @Test("nesting is bounded: a deeply nested node is refused without exhausting the stack")
    func deepNesting() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let body = #"{"alipay_trade_query_response":{"code":"10000","a":\#(deep)},"sign":"x"}"#
        #expect(throws: AlipayError.self) { try Self.read(body) }
    }
}
