import AlipayRuntime
import AlipayTestGateway
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The v2 gateway (`gateway.do`) over loopback HTTP, with requests built, encoded and signed by hand here.
/// Serialized: dozens of gateways signing at once would starve the timing-sensitive suites that run alongside.
@Suite("AlipayTestGateway v2 (gateway.do)", .serialized)
struct GatewayV2Tests {
    typealias Wire = GatewayV2Wire

    // MARK: Checks

    @Test("an unknown trade is a signed 40004 ACQ.TRADE_NOT_EXIST in the method node, typed text/html")
    func unknownTrade() async throws {
        try await Wire.withGateway { gateway in
            let reply = try await Wire.execute(
                gateway, Wire.signed(Wire.parameters("alipay.trade.query", biz: #"{"out_trade_no":"NOPE-1"}"#)))
            #expect(reply.status == 200)
            #expect(reply.contentType == "text/html;charset=utf-8")
            let node = try #require(reply.node("alipay_trade_query_response"))
            #expect(node["code"] == "40004")
            #expect(node["msg"] == "Business Failed")
            #expect(node["sub_code"] == "ACQ.TRADE_NOT_EXIST")
            #expect(node["sub_msg"] == "交易不存在")
            #expect(node["out_trade_no"] == "NOPE-1")
            #expect(reply.text.hasPrefix(#"{"alipay_trade_query_response":{"code":"40004""#))
            #expect(reply.string("alipay_cert_sn") == nil)
            #expect(Wire.verifies(reply, node: "alipay_trade_query_response"))
            #expect(await gateway.receivedV2Requests.count == 1)
        }
    }

    @Test("a parameter changed after signing is isv.invalid-signature; sub_msg ends with the sign content, & as &amp;")
    func tamperedParameter() async throws {
        try await Wire.withGateway { gateway in
            var parameters = try Wire.signed(
                Wire.parameters("alipay.trade.query", biz: #"{"out_trade_no":"A&B=1"}"#))
            parameters["biz_content"] = #"{"out_trade_no":"A&B=2"}"#
            let reply = try await Wire.execute(gateway, parameters)
            let node = try #require(reply.node("alipay_trade_query_response"))
            #expect(node["code"] == "40002")
            #expect(node["msg"] == "Invalid Arguments")
            #expect(node["sub_code"] == "isv.invalid-signature")
            let expected = Wire.signContent(parameters).replacingOccurrences(of: "&", with: "&amp;")
            #expect(node["sub_msg"]?.hasSuffix("：" + expected) == true, "\(node["sub_msg"] ?? "")")
            #expect(expected.contains(#"biz_content={"out_trade_no":"A&amp;B=2"}&amp;charset=utf-8"#))
            #expect(Wire.verifies(reply, node: "alipay_trade_query_response"))
            #expect(await gateway.receivedV2Requests.isEmpty)
            #expect(await gateway.v2Rejections.map(\.subCode) == ["isv.invalid-signature"])
        }
    }

    @Test("an unknown app_id is an unsigned error_response isv.invalid-app-id")
    func unknownAppId() async throws {
        try await Wire.withGateway { gateway in
            var parameters = Wire.parameters("alipay.trade.query", biz: #"{"out_trade_no":"1"}"#)
            parameters["app_id"] = "2021000000000002"
            let reply = try await Wire.execute(gateway, Wire.signed(parameters))
            #expect(reply.status == 200)
            #expect(
                reply.text
                    == #"{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-app-id","sub_msg":"无效的AppID参数"}}"#
            )
            #expect(reply.string("sign") == nil)
        }
    }

    @Test("each common-parameter defect is refused with Alipay's code, signed")
    func commonParameterDefects() async throws {
        try await Wire.withGateway { gateway in
            for defect in GatewayV2Wire.Defect.allCases {
                let reply = try await Wire.execute(gateway, try defect.parameters())
                let nodeName = defect == .missingMethod ? "error_response" : "alipay_trade_query_response"
                let node = reply.node(nodeName)
                #expect(node?["code"] == defect.expected.code, "\(defect): \(reply.text)")
                #expect(node?["sub_code"] == defect.expected.subCode, "\(defect): \(reply.text)")
                #expect(Wire.verifies(reply, node: nodeName), "\(defect)")
            }
            #expect(await gateway.receivedV2Requests.isEmpty)
            #expect(await gateway.v2Rejections.count == GatewayV2Wire.Defect.allCases.count)
        }
    }

    @Test("charset UTF-8 and format JSON in capitals, app_auth_token in the body, any split: accepted")
    func lenientSpellings() async throws {
        try await Wire.withGateway { gateway in
            await gateway.routeV2("alipay.trade.query") { _ in .success(["trade_status": "WAIT_BUYER_PAY"]) }
            var parameters = Wire.parameters(
                "alipay.trade.query", biz: #"{"out_trade_no":"1"}"#, extra: ["app_auth_token": "TOKEN 1"])
            parameters["charset"] = "UTF-8"
            parameters["format"] = "JSON"
            let reply = try await Wire.execute(
                gateway, Wire.signed(parameters), inBody: ["biz_content", "app_auth_token", "sign"])
            let node = try #require(reply.node("alipay_trade_query_response"))
            #expect(node["code"] == "10000")
            #expect(node["msg"] == "Success")
            #expect(node["trade_status"] == "WAIT_BUYER_PAY")
            let received = try #require(await gateway.receivedV2Requests.first)
            #expect(received.appAuthToken == "TOKEN 1")
            #expect(received.httpMethod == "POST")
            #expect(received.wasEncrypted == false)
            #expect(try received.decodeBizContent([String: String].self) == ["out_trade_no": "1"])
        }
    }

    @Test("a parameter given in both the query and the body is refused")
    func duplicateParameter() async throws {
        try await Wire.withGateway { gateway in
            let parameters = try Wire.signed(Wire.parameters("alipay.trade.query", biz: #"{"out_trade_no":"1"}"#))
            let query = Wire.formEncoded(parameters)
            let url = URL(string: gateway.gatewayURL.absoluteString + "?" + query)!
            let reply = try await Wire.send(url, body: "app_id=" + Fixtures.appId)
            let node = try #require(reply.node("error_response"), "\(reply.text)")
            #expect(node["sub_code"] == "isv.invalid-parameter")
            #expect(node["sub_msg"]?.contains("app_id") == true)
            #expect(reply.string("sign") == nil)
        }
    }

    @Test("an unknown method is a signed 40002 isv.invalid-method; a route answers any method")
    func unknownMethodAndRoute() async throws {
        try await Wire.withGateway { gateway in
            let unknown = try await Wire.execute(
                gateway, Wire.signed(Wire.parameters("alipay.nothing.here", biz: "{}")))
            let node = try #require(unknown.node("alipay_nothing_here_response"))
            #expect(node["code"] == "40002")
            #expect(node["sub_code"] == "isv.invalid-method")
            #expect(Wire.verifies(unknown, node: "alipay_nothing_here_response"))

            await gateway.routeV2("alipay.nothing.here") { request in
                .success(["echo": request.parameters["method"] ?? ""])
            }
            let routed = try await Wire.execute(gateway, Wire.signed(Wire.parameters("alipay.nothing.here", biz: "{}")))
            #expect(
                Wire.signedRange(routed.text, node: "alipay_nothing_here_response")
                    == #"{"code":"10000","msg":"Success","echo":"alipay.nothing.here"}"#)
            #expect(Wire.verifies(routed, node: "alipay_nothing_here_response"))
        }
    }

    @Test("a multipart body: text parts are signed parameters, file parts arrive unsigned")
    func multipart() async throws {
        try await Wire.withGateway { gateway in
            await gateway.routeV2("alipay.offline.material.image.upload") { request in
                .success(["image_id": request.files.first?.file.fileName ?? ""])
            }
            let parameters = try Wire.signed(
                Wire.parameters("alipay.offline.material.image.upload", biz: nil, extra: ["image_type": "png"]))
            let boundary = "gateway-v2-test-boundary"
            var body = ""
            for (name, value) in [("image_type", "png"), ("image_name", "")] {
                body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
            }
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"image_content\"; filename=\"a.png\"\r\n"
            body += "Content-Type: image/png\r\n\r\nPNG\r\n--\(boundary)--\r\n"
            let query = Wire.formEncoded(parameters.filter { $0.key != "image_type" })
            var request = URLRequest(url: URL(string: gateway.gatewayURL.absoluteString + "?" + query)!)
            request.httpMethod = "POST"
            request.httpBody = Data(body.utf8)
            request.setValue("multipart/form-data; boundary=\(boundary)", forHTTPHeaderField: "Content-Type")
            let (data, _) = try await URLSession.shared.data(for: request)
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.contains(#""image_id":"a.png""#), "\(text)")
            let received = try #require(await gateway.receivedV2Requests.first)
            #expect(received.parameters["image_type"] == "png")
            #expect(received.files.map(\.file.bytes) == [Data("PNG".utf8)])
        }
    }

    // MARK: AES

    @Test("AES: biz_content is decrypted after the signature; the answer is ciphertext signed with its quotes")
    func aes() async throws {
        try await Wire.withGateway { gateway in
            await gateway.routeV2("alipay.trade.query") { _ in
                .success(["trade_no": "2024/1", "trade_status": "TRADE_SUCCESS"])
            }
            let cipher = try AlipayContentCipher(base64Key: Fixtures.aesKey)
            let plain = #"{"out_trade_no":"AES-1"}"#
            let ciphertext = try cipher.encrypt(Data(plain.utf8))
            let parameters = try Wire.signed(
                Wire.parameters("alipay.trade.query", biz: ciphertext, extra: ["encrypt_type": "AES"]))
            let reply = try await Wire.execute(gateway, parameters)

            let received = try #require(await gateway.receivedV2Requests.first)
            #expect(received.bizContent == plain)
            #expect(received.parameters["biz_content"] == ciphertext)
            #expect(received.wasEncrypted)
            let range = try #require(Wire.signedRange(reply.text, node: "alipay_trade_query_response"))
            #expect(range.hasPrefix("\"") && range.hasSuffix("\""))
            #expect(Wire.verifies(reply, node: "alipay_trade_query_response"))
            let node = String(decoding: try cipher.decrypt(String(range.dropFirst().dropLast())), as: UTF8.self)
            #expect(node == #"{"code":"10000","msg":"Success","trade_no":"2024/1","trade_status":"TRADE_SUCCESS"}"#)

            // A business failure is encrypted too; a gateway refusal is not.
            await gateway.routeV2("alipay.trade.query") { _ in
                .businessError(subCode: "ACQ.SYSTEM_ERROR", subMsg: "系统错误")
            }
            let failure = try await Wire.execute(
                gateway,
                Wire.signed(Wire.parameters("alipay.trade.query", biz: ciphertext, extra: ["encrypt_type": "AES"])))
            let failureRange = try #require(Wire.signedRange(failure.text, node: "alipay_trade_query_response"))
            let failureNode = try cipher.decrypt(String(failureRange.dropFirst().dropLast()))
            #expect(String(decoding: failureNode, as: UTF8.self).contains(#""sub_code":"ACQ.SYSTEM_ERROR""#))
            var tampered = parameters
            tampered["timestamp"] = Wire.beijing(Date().addingTimeInterval(1))
            let refused = try await Wire.execute(gateway, tampered)
            #expect(refused.node("alipay_trade_query_response")?["sub_code"] == "isv.invalid-signature")
        }
    }

    @Test("AES: ciphertext that does not decrypt is isv.decryption-error-unknown, after the signature check")
    func aesGarbage() async throws {
        try await Wire.withGateway { gateway in
            let parameters = try Wire.signed(
                Wire.parameters("alipay.trade.query", biz: "bm90IGNpcGhlcnRleHQ=", extra: ["encrypt_type": "AES"]))
            let reply = try await Wire.execute(gateway, parameters)
            #expect(reply.node("alipay_trade_query_response")?["sub_code"] == "isv.decryption-error-unknown")
            #expect(reply.node("alipay_trade_query_response") != nil, "a gateway error stays plain JSON")
        }
    }

    // MARK: Certificate mode

    @Test("certificate mode: app_cert_sn and alipay_root_cert_sn are checked; answers carry alipay_cert_sn before sign")
    func certificateMode() async throws {
        let certificates = try Fixtures.certificates()
        try await Wire.withGateway(Wire.certificateMode()) { gateway in
            let good = [
                "app_cert_sn": certificates.appCertificateSerialNumber,
                "alipay_root_cert_sn": certificates.alipayRootCertificateSerialNumber,
            ]
            let cases: [(String, [String: String], String)] = [
                (
                    "no app_cert_sn", ["alipay_root_cert_sn": certificates.alipayRootCertificateSerialNumber],
                    "isv.missing-app-cert-sn"
                ),
                (
                    "wrong app_cert_sn",
                    good.merging(["app_cert_sn": "0" + certificates.appCertificateSerialNumber.dropFirst()]) { $1 },
                    "isv.app-cert-not-exist"
                ),
                (
                    "no root SN", ["app_cert_sn": certificates.appCertificateSerialNumber],
                    "isv.missing-alipay-root-cert-sn"
                ),
                (
                    "wrong root SN", good.merging(["alipay_root_cert_sn": "7bc7049002739a8c5cab4a23a6192adc"]) { $1 },
                    "isv.invalid-alipay-root-cert-sn"
                ),
            ]
            for (name, extra, subCode) in cases {
                let reply = try await Wire.execute(
                    gateway,
                    Wire.signed(Wire.parameters("alipay.trade.query", biz: #"{"out_trade_no":"1"}"#, extra: extra)))
                #expect(reply.node("alipay_trade_query_response")?["sub_code"] == subCode, "\(name): \(reply.text)")
            }
            let reply = try await Wire.execute(
                gateway, Wire.signed(Wire.parameters("alipay.trade.query", biz: #"{"out_trade_no":"1"}"#, extra: good)))
            #expect(reply.node("alipay_trade_query_response")?["sub_code"] == "ACQ.TRADE_NOT_EXIST")
            #expect(reply.string("alipay_cert_sn") == certificates.alipayCertificateSerialNumber)
            let node = try #require(reply.text.range(of: #""alipay_trade_query_response""#))
            let sn = try #require(reply.text.range(of: #""alipay_cert_sn""#))
            let sign = try #require(reply.text.range(of: #""sign""#))
            #expect(node.upperBound < sn.lowerBound && sn.upperBound < sign.lowerBound)
            #expect(Wire.verifies(reply, node: "alipay_trade_query_response"))
        }
    }

    // MARK: Trades

    @Test("an order string is accepted, its trade found by trade.query, paid, notified and refunded")
    func orderStringToRefund() async throws {
        try await Wire.withGateway { gateway in
            let biz =
                #"{"out_trade_no":"APP 1","total_amount":"9.90","subject":"大乐透 & = + /?#%","product_code":"QUICK_MSECURITY_PAY"}"#
            let parameters = try Wire.signed(
                Wire.parameters(
                    "alipay.trade.app.pay", biz: biz, extra: ["notify_url": "https://m.example.com/notify?a=1&b=2"]))
            // The Node SDK's order: method first, sign last, %20 for spaces.
            let order = [
                "method", "app_id", "charset", "version", "sign_type", "timestamp", "format", "notify_url",
                "biz_content", "sign",
            ]
            let orderString = order.map { "\($0)=\(Wire.formEncoded(parameters[$0]!, space: "%20"))" }.joined(
                separator: "&")
            let accepted = try await gateway.acceptOrderString(orderString)
            #expect(accepted.method == "alipay.trade.app.pay")
            #expect(accepted.parameters == parameters)
            #expect(accepted.httpMethod == nil)

            let query = try await Wire.execute(
                gateway, Wire.signed(Wire.parameters("alipay.trade.query", biz: #"{"out_trade_no":"APP 1"}"#)))
            let waiting = try #require(query.node("alipay_trade_query_response"))
            #expect(waiting["trade_status"] == "WAIT_BUYER_PAY")
            #expect(waiting["total_amount"] == "9.90")
            let tradeNo = try #require(waiting["trade_no"])
            #expect(tradeNo.count == 28)

            let notification = try await gateway.pay(outTradeNo: "APP 1")
            let fields = try Wire.formDecoded(notification)
            for name in [
                "notify_time", "notify_type", "notify_id", "app_id", "charset", "version", "sign_type", "trade_no",
                "out_trade_no", "total_amount", "trade_status", "subject", "gmt_create", "gmt_payment", "buyer_id",
                "fund_bill_list", "sign",
            ] {
                #expect(fields[name]?.isEmpty == false, "\(name) is missing")
            }
            #expect(fields["notify_type"] == "trade_status_sync")
            #expect(fields["trade_status"] == "TRADE_SUCCESS")
            #expect(fields["trade_no"] == tradeNo)
            #expect(fields["subject"] == "大乐透 & = + /?#%")
            #expect(fields["total_amount"] == "9.90")
            #expect(fields["sign_type"] == "RSA2")
            #expect(fields["charset"] == "utf-8" && fields["version"] == "1.0" && fields["app_id"] == Fixtures.appId)
            #expect(try JSONSerialization.jsonObject(with: Data(fields["fund_bill_list"]!.utf8)) is [Any])
            #expect(notification.contains("+%26+%3D+%2B+%2F%3F%23%25"), "space as +, the rest percent-encoded")
            let key = try VerifyingKey(Fixtures.alipayPublicKey, field: "test")
            let v1 = Wire.signContent(fields, excluding: ["sign", "sign_type"])
            #expect(key.isValid(fields["sign"]!, for: Data(v1.utf8)))
            #expect(!key.isValid(fields["sign"]!, for: Data(Wire.signContent(fields).utf8)), "signed for v1, not v2")

            let paid = try await Wire.execute(
                gateway, Wire.signed(Wire.parameters("alipay.trade.query", biz: #"{"trade_no":"\#(tradeNo)"}"#)))
            #expect(paid.node("alipay_trade_query_response")?["trade_status"] == "TRADE_SUCCESS")
            await #expect(throws: AlipayTestGateway.V2Rejection.self) { try await gateway.pay(outTradeNo: "APP 1") }

            func refund(_ biz: String) async throws -> [String: String]? {
                try await Wire.execute(gateway, Wire.signed(Wire.parameters("alipay.trade.refund", biz: biz)))
                    .node("alipay_trade_refund_response")
            }
            let tooMuch = try await refund(#"{"out_trade_no":"APP 1","refund_amount":"9.91","out_request_no":"R1"}"#)
            #expect(tooMuch?["code"] == "40004")
            #expect(tooMuch?["sub_code"] == "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL")
            let part = try await refund(#"{"out_trade_no":"APP 1","refund_amount":"1.9","out_request_no":"R1"}"#)
            #expect(part?["code"] == "10000")
            #expect(part?["fund_change"] == "Y")
            #expect(part?["refund_fee"] == "1.90")
            let again = try await refund(#"{"out_trade_no":"APP 1","refund_amount":"1.90","out_request_no":"R1"}"#)
            #expect(again?["fund_change"] == "N")
            #expect(again?["refund_fee"] == "1.90")
            let rest = try await refund(#"{"trade_no":"\#(tradeNo)","refund_amount":"8.01","out_request_no":"R2"}"#)
            #expect(rest?["sub_code"] == "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL")
            #expect(await gateway.receivedV2Requests.map(\.method).first == "alipay.trade.app.pay")
        }
    }

    @Test("order strings that fail a check throw V2Rejection; refunding an unpaid trade is ACQ.TRADE_STATUS_ERROR")
    func refusedOrderStrings() async throws {
        try await Wire.withGateway { gateway in
            let biz = #"{"out_trade_no":"APP 2","total_amount":"1.00","subject":"s"}"#
            var parameters = try Wire.signed(Wire.parameters("alipay.trade.app.pay", biz: biz))
            parameters["biz_content"] = biz.replacingOccurrences(of: "1.00", with: "0.01")
            await #expect {
                _ = try await gateway.acceptOrderString(Wire.formEncoded(parameters))
            } throws: { error in
                (error as? AlipayTestGateway.V2Rejection)?.subCode == "isv.invalid-signature"
            }
            let missingAmount = try Wire.signed(
                Wire.parameters("alipay.trade.app.pay", biz: #"{"out_trade_no":"APP 2","subject":"s"}"#))
            await #expect {
                _ = try await gateway.acceptOrderString(Wire.formEncoded(missingAmount))
            } throws: { error in
                (error as? AlipayTestGateway.V2Rejection)?.code == "40004"
            }
            _ = try await gateway.acceptOrderString(
                Wire.formEncoded(Wire.signed(Wire.parameters("alipay.trade.app.pay", biz: biz))))
            let refund = try await Wire.execute(
                gateway,
                Wire.signed(
                    Wire.parameters("alipay.trade.refund", biz: #"{"out_trade_no":"APP 2","refund_amount":"1.00"}"#)))
            #expect(refund.node("alipay_trade_refund_response")?["sub_code"] == "ACQ.TRADE_STATUS_ERROR")
            await #expect(throws: AlipayTestGateway.V2Rejection.tradeNotExistForTests) {
                try await gateway.pay(outTradeNo: "NOPE")
            }
        }
    }

    @Test("page pay by GET URL and by POST form opens a trade and answers a cashier page; a bad one an error page")
    func pagePay() async throws {
        try await Wire.withGateway { gateway in
            let biz =
                #"{"out_trade_no":"PAGE 1","total_amount":"88.88","subject":"<b>黑色</b>","product_code":"FAST_INSTANT_TRADE_PAY"}"#
            let parameters = try Wire.signed(
                Wire.parameters(
                    "alipay.trade.page.pay", biz: biz, extra: ["return_url": "https://m.example.com/return"]))
            let url = URL(string: gateway.gatewayURL.absoluteString + "?" + Wire.formEncoded(parameters))!
            let page = try await Wire.send(url, method: "GET")
            #expect(page.status == 200)
            #expect(page.contentType == "text/html;charset=utf-8")
            #expect(page.text.contains(#"<dd id="out_trade_no">PAGE 1</dd>"#))
            #expect(page.text.contains(#"<dd id="total_amount">88.88</dd>"#))
            #expect(page.text.contains(#"<dd id="subject">&lt;b&gt;黑色&lt;/b&gt;</dd>"#))

            let wap = try Wire.signed(Wire.parameters("alipay.trade.wap.pay", biz: biz))
            let posted = try await Wire.execute(gateway, wap)
            #expect(posted.text.contains(#"<dd id="trade_status">WAIT_BUYER_PAY</dd>"#))
            #expect(await gateway.receivedV2Requests.map(\.httpMethod) == ["GET", "POST"])

            var tampered = wap
            tampered["biz_content"] = biz.replacingOccurrences(of: "88.88", with: "0.01")
            let refused = try await Wire.execute(gateway, tampered)
            #expect(refused.text.contains(#"<dd id="sub_code">isv.invalid-signature</dd>"#))
            let changedAmount = try await Wire.execute(
                gateway,
                Wire.signed(
                    Wire.parameters("alipay.trade.page.pay", biz: biz.replacingOccurrences(of: "88.88", with: "1.00"))))
            #expect(changedAmount.text.contains(#"<dd id="sub_code">ACQ.CONTEXT_INCONSISTENT</dd>"#))
            let numeric = try await Wire.execute(
                gateway,
                Wire.signed(
                    Wire.parameters(
                        "alipay.trade.wap.pay", biz: #"{"out_trade_no":"WAP 2","total_amount":1.5,"subject":"s"}"#)))
            #expect(numeric.text.contains(#"<dd id="total_amount">1.50</dd>"#), "\(numeric.text)")
        }
    }
}
