import AlipayRuntime
import AlipayTestGateway
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The Python SDK's exact requests from ../shared/reference/v2-vectors, against a gateway with its keys.
@Suite(
    "AlipayTestGateway v2 with the reference vectors", .serialized,
    .enabled(
        if: GatewayV2Wire.hasVectors, "skipped: ../shared/reference/v2-vectors is not present next to the package")
)
struct GatewayV2VectorTests {
    typealias Wire = GatewayV2Wire

    /// A gateway with keys.json's keys and a window that admits 2024-07-01 12:34:56 Beijing time.
    func withVectorGateway(certificates: Bool = false, _ body: (AlipayTestGateway) async throws -> Void)
        async throws
    {
        let keys = try Wire.vector("keys.json")
        var configuration: AlipayTestGateway.Configuration
        if certificates {
            configuration = .init(
                appId: "2021000000000001",
                certificates: try AlipayCertificates(
                    appCertificate: keys["app_cert_pem"] as! String,
                    alipayPublicCertificate: keys["alipay_cert_pem"] as! String,
                    alipayRootCertificate: keys["alipay_root_cert_pem"] as! String),
                alipayPrivateKey: keys["alipay_private_key_pkcs1_pem"] as! String,
                encryptKey: keys["aes_key"] as? String)
        } else {
            configuration = .init(
                appId: "2021000000000001", appPublicKey: keys["app_public_key_pem"] as! String,
                alipayPrivateKey: keys["alipay_private_key_pkcs1_pem"] as! String,
                encryptKey: keys["aes_key"] as? String)
        }
        configuration.timestampTolerance = .seconds(20 * 365 * 86400)
        try await Wire.withGateway(configuration, body)
    }

    func alipayPublicKey() throws -> VerifyingKey {
        try VerifyingKey(try Wire.vector("keys.json")["alipay_public_key_pem"] as! String, field: "keys.json")
    }

    @Test("02: the Python SDK's execute, byte for byte, is accepted; the answer is 05's body byte for byte")
    func execute() async throws {
        let expected = try Wire.vector("02-execute-trade-query.json")["expected"] as! [String: Any]
        let answer = (try Wire.vector("05-responses.json")["cases"] as! [[String: Any]])[0]
        try await withVectorGateway { gateway in
            let url = URL(string: gateway.gatewayURL.absoluteString + "?" + (expected["url_query"] as! String))!
            let unknown = try await Wire.send(url, body: expected["form_body"] as? String)
            #expect(
                unknown.node("alipay_trade_query_response")?["sub_code"] == "ACQ.TRADE_NOT_EXIST", "\(unknown.text)")
            #expect(Wire.verifies(unknown, node: "alipay_trade_query_response", key: try alipayPublicKey()))

            let node = answer["sign_source"] as! String
            await gateway.routeV2("alipay.trade.query") { _ in .node(text: node) }
            let reply = try await Wire.send(url, body: expected["form_body"] as? String)
            #expect(reply.text == answer["body"] as? String)
            #expect(Wire.verifies(reply, node: "alipay_trade_query_response", key: try alipayPublicKey()))
            let received = await gateway.receivedV2Requests
            #expect(received.count == 2)
            #expect(received.last?.parameters == expected["params"] as? [String: String])
            #expect(received.last?.bizContent == expected["biz_content"] as? String)
            #expect(received.last?.appAuthToken == "202407BB0123456789abcdef0123456789X01")
        }
    }

    @Test("07: the encrypted execute is decrypted; the encrypted answer is 07's body byte for byte")
    func aes() async throws {
        let vector = try Wire.vector("07-aes.json")
        let execute = (vector["execute"] as! [String: Any])["expected"] as! [String: Any]
        let response = (vector["responses"] as! [[String: Any]])[0]
        try await withVectorGateway { gateway in
            let node = response["decrypted"] as! String
            await gateway.routeV2("alipay.trade.query") { _ in .node(text: node) }
            let url = URL(string: gateway.gatewayURL.absoluteString + "?" + (execute["url_query"] as! String))!
            let reply = try await Wire.send(url, body: execute["form_body"] as? String)
            #expect(reply.text == execute["response_body"] as? String)
            #expect(
                Wire.signedRange(reply.text, node: "alipay_trade_query_response") == response["sign_source"] as? String)
            let received = try #require(await gateway.receivedV2Requests.first)
            #expect(received.bizContent == vector["biz_content_plain"] as? String)
            #expect(received.wasEncrypted)
        }
    }

    @Test("03: both order strings are accepted, in key and certificate mode")
    func orderStrings() async throws {
        let cases = try Wire.vector("03-sdk-execute-app-pay.json")["cases"] as! [[String: Any]]
        for (index, vector) in cases.enumerated() {
            try await withVectorGateway(certificates: index == 1) { gateway in
                for key in ["order_string", "order_string_sorted"] {
                    let request = try await gateway.acceptOrderString(vector[key] as! String)
                    #expect(request.parameters == vector["params"] as? [String: String], "\(key)")
                }
                if index == 1 {
                    // A certificate-mode gateway refuses the key-mode string: it has no app_cert_sn.
                    await #expect {
                        _ = try await gateway.acceptOrderString(cases[0]["order_string"] as! String)
                    } throws: { error in
                        (error as? AlipayTestGateway.V2Rejection)?.subCode == "isv.missing-app-cert-sn"
                    }
                }
            }
        }
    }

    @Test("04: the GET URL and the browser's POST of the form open the trade and show the cashier")
    func pagePay() async throws {
        let expected = try Wire.vector("04-page-execute-page-pay.json")["expected"] as! [String: Any]
        try await withVectorGateway { gateway in
            let getURL = expected["get_url"] as! String
            let query = String(getURL[getURL.range(of: "?")!.upperBound...])
            let page = try await Wire.send(URL(string: gateway.gatewayURL.absoluteString + "?" + query)!, method: "GET")
            #expect(page.text.contains(#"<dd id="out_trade_no">20240701-PAGE-01</dd>"#), "\(page.text)")
            let fields = expected["browser_submitted_fields"] as! [String: String]
            let url = URL(string: gateway.gatewayURL.absoluteString + "?" + (expected["form_action_query"] as! String))!
            let posted = try await Wire.send(url, body: Wire.formEncoded(fields))
            #expect(posted.text.contains(#"<dd id="total_amount">88.88</dd>"#), "\(posted.text)")
            #expect(
                await gateway.receivedV2Requests.map(\.parameters)
                    == Array(repeating: expected["params"] as! [String: String], count: 2))
        }
    }
}
