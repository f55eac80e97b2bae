@_spi(Benchmarks) import AlipayRuntime
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

    // MARK: Rotation

    @Test("rotation changes alipay_cert_sn, alipay-sn and the key; alipaycert.download serves the PEM")
    func rotation() async throws {
        let rotatedPEM = Wire.rotationFixture("alipayCert_rotated.crt")
        let rotatedKey = Wire.rotationFixture("alipay_rotated_private.pem")
        let rotatedSN = "8b785ee591096ef66cd7dfbf94596e36"
        let rotatedPublicKey = try Wire.publicKey(ofFirstCertificateIn: rotatedPEM)
        let certificates = try Fixtures.certificates()
        #expect(rotatedSN != certificates.alipayCertificateSerialNumber)
        var configuration = try Wire.certificateMode()
        configuration.alipayCertificate = Fixtures.text("alipayCertPublicKey_RSA2.crt")
        try await Wire.withGateway(configuration) { gateway in
            let sns = [
                "app_cert_sn": certificates.appCertificateSerialNumber,
                "alipay_root_cert_sn": certificates.alipayRootCertificateSerialNumber,
            ]
            func download(_ sn: String) async throws -> Wire.Reply {
                try await Wire.execute(
                    gateway,
                    Wire.signed(
                        Wire.parameters(
                            "alipay.open.app.alipaycert.download", biz: #"{"alipay_cert_sn":"\#(sn)"}"#, extra: sns)))
            }
            let before = try await download(certificates.alipayCertificateSerialNumber)
            #expect(before.string("alipay_cert_sn") == certificates.alipayCertificateSerialNumber)
            let served = before.node("alipay_open_app_alipaycert_download_response")?["alipay_cert_content"]
            #expect(
                served.flatMap { Data(base64Encoded: $0) } == Data(Fixtures.text("alipayCertPublicKey_RSA2.crt").utf8))
            let unknown = try await download(rotatedSN)
            #expect(unknown.node("alipay_open_app_alipaycert_download_response")?["code"] == "40004")

            await #expect(throws: AlipayError.self) {
                try await gateway.rotateAlipayCertificate(
                    certificatePEM: rotatedPEM, privateKey: Fixtures.appPrivateKey)
            }
            try await gateway.rotateAlipayCertificate(certificatePEM: rotatedPEM, privateKey: rotatedKey)
            let after = try await download(rotatedSN)
            #expect(after.string("alipay_cert_sn") == rotatedSN)
            let content = after.node("alipay_open_app_alipaycert_download_response")?["alipay_cert_content"]
            #expect(content.flatMap { Data(base64Encoded: $0) } == Data(rotatedPEM.utf8))
            #expect(Wire.verifies(after, node: "alipay_open_app_alipaycert_download_response", key: rotatedPublicKey))
            #expect(!Wire.verifies(after, node: "alipay_open_app_alipaycert_download_response"))

            // v3 answers change too.
            await gateway.route(.get, "/v3/ping") { _ in .json(["ok": "yes"]) }
            let signer = try RequestSigner(config: Fixtures.certModeConfig())
            var request = try signer.sign(AlipayRequest(method: .get, path: "/v3/ping")).httpRequest
            request.url = URL(string: gateway.baseURL.absoluteString + "/v3/ping")!
            let v3 = try await URLSessionTransport().send(request, timeout: .seconds(5))
            #expect(v3.headers["alipay-sn"] == rotatedSN)
            let signed =
                "\(v3.headers["alipay-timestamp"] ?? "")\n\(v3.headers["alipay-nonce"] ?? "")\n"
                + "\(String(decoding: v3.body, as: UTF8.self))\n"
            #expect(rotatedPublicKey.isValid(v3.headers["alipay-signature"] ?? "", for: Data(signed.utf8)))
        }
    }

    @Test("rotation needs certificate mode")
    func rotationInKeyMode() async throws {
        try await Wire.withGateway { gateway in
            await #expect(throws: AlipayError.self) {
                try await gateway.rotateAlipayCertificate(
                    certificatePEM: Fixtures.text("alipayCertPublicKey_RSA2.crt"), privateKey: Fixtures.alipayPrivateKey
                )
            }
        }
    }

    // MARK: Faults

    @Test("each fault shows in the raw body")
    func faults() async throws {
        let certificates = try Fixtures.certificates()
        let node =
            #"{"code":"10000","msg":"Success","trade_status":"WAIT_BUYER_PAY","url":"https://m.example.com/a/b"}"#
        try await Wire.withGateway(Wire.certificateMode()) { gateway in
            for fault in GatewayV2Wire.FaultCase.allCases {
                await gateway.routeV2("alipay.trade.query") { _ in .node(text: node).with(fault.fault) }
                try await check(fault, gateway: gateway, node: node, certificates: certificates)
            }
        }
    }

    /// What one fault must show in the raw body (each case on its own lines, so a failure names it).
    func check(
        _ fault: GatewayV2Wire.FaultCase, gateway: AlipayTestGateway, node: String, certificates: AlipayCertificates
    ) async throws {
        let reply = try await Wire.execute(
            gateway,
            Wire.signed(
                Wire.parameters(
                    "alipay.trade.query", biz: "{}",
                    extra: [
                        "app_cert_sn": certificates.appCertificateSerialNumber,
                        "alipay_root_cert_sn": certificates.alipayRootCertificateSerialNumber,
                    ])))
        let name = "alipay_trade_query_response"
        switch fault {
        case .duplicateNode:
            #expect(reply.text.components(separatedBy: "\"\(name)\"").count == 3)
            let first = try #require(reply.text.range(of: "\"\(name)\""))
            let forged = Wire.signedRange(String(reply.text[first.upperBound...]), node: name)
            #expect(forged == node.replacingOccurrences(of: "WAIT_BUYER_PAY", with: "TRADE_SUCCESS"))
            #expect(Wire.signedRange(reply.text, node: name) == node)
            #expect(Wire.verifies(reply, node: name))
        case .unsignedResponse:
            #expect(reply.string("sign") == nil)
            #expect(reply.string("alipay_cert_sn") == certificates.alipayCertificateSerialNumber)
            #expect(reply.node(name)?["code"] == "10000")
        case .escapedSlashes:
            #expect(reply.text.contains(#""url":"https:\/\/m.example.com\/a\/b""#))
            #expect(!Wire.verifies(reply, node: name))
            let range = try #require(Wire.signedRange(reply.text, node: name))
            let key = try VerifyingKey(Fixtures.alipayPublicKey, field: "test")
            let unescaped = range.replacingOccurrences(of: "\\/", with: "/")
            #expect(key.isValid(reply.string("sign") ?? "", for: Data(unescaped.utf8)))
            #expect(reply.node(name)?["url"] == "https://m.example.com/a/b")
        case .tamperedBody:
            #expect(reply.node(name) != nil)
            #expect(Wire.signedRange(reply.text, node: name) != node)
            #expect(!Wire.verifies(reply, node: name))
        case .truncatedJSON:
            #expect(reply.envelope == nil)
            #expect(reply.text.hasPrefix("{\"\(name)\":{\"code\""))
        case .wrongCertificateSN:
            #expect(reply.string("alipay_cert_sn") == "00000000000000000000000000000000")
            #expect(Wire.verifies(reply, node: name))
        case .htmlServerError:
            #expect(reply.status == 500)
            #expect(reply.text.hasPrefix("<html>"))
        }
    }

    @Test("setFaults applies to v2 refusals too")
    func globalFaults() async throws {
        try await Wire.withGateway { gateway in
            await gateway.setFaults([.unsignedResponse])
            let reply = try await Wire.execute(gateway, Wire.signed(Wire.parameters("alipay.nothing", biz: "{}")))
            #expect(reply.node("alipay_nothing_response")?["sub_code"] == "isv.invalid-method")
            #expect(reply.string("sign") == nil)
        }
    }
}

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

extension AlipayTestGateway.V2Rejection {
    fileprivate static let tradeNotExistForTests = Self(
        code: "40004", msg: "Business Failed", subCode: "ACQ.TRADE_NOT_EXIST", subMsg: "交易不存在")
}

/// Requests built, encoded and signed by hand, independently of the client's v2 code, and answers read raw.
enum GatewayV2Wire {
    /// An HTTP answer as received.
    struct Reply: Sendable {
        var status: Int
        var contentType: String?
        var text: String

        /// The whole body as JSON, or `nil` when it is not JSON.
        var envelope: [String: AlipayJSONValue]? {
            try? JSONDecoder().decode([String: AlipayJSONValue].self, from: Data(text.utf8))
        }

        /// The string fields of node `name`.
        func node(_ name: String) -> [String: String]? {
            guard case .object(let fields)? = envelope?[name] else { return nil }
            return fields.compactMapValues { value in
                if case .string(let text) = value { return text }
                return nil
            }
        }

        /// A top-level string field, e.g. `sign`.
        func string(_ key: String) -> String? {
            guard case .string(let text)? = envelope?[key] else { return nil }
            return text
        }
    }

    static let vectorsFolder = Fixtures.packageRoot.appendingPathComponent("../shared/reference/v2-vectors")
        .standardized

    static var hasVectors: Bool {
        FileManager.default.fileExists(atPath: vectorsFolder.appendingPathComponent("keys.json").path)
    }

    static func vector(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: vectorsFolder.appendingPathComponent(name))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    static func keyMode() -> AlipayTestGateway.Configuration {
        .init(
            appId: Fixtures.appId, appPublicKey: Fixtures.appPublicKey, alipayPrivateKey: Fixtures.alipayPrivateKey,
            encryptKey: Fixtures.aesKey)
    }

    static func certificateMode() throws -> AlipayTestGateway.Configuration {
        .init(
            appId: Fixtures.appId, certificates: try Fixtures.certificates(),
            alipayPrivateKey: Fixtures.alipayPrivateKey, encryptKey: Fixtures.aesKey)
    }

    /// Starts a gateway, runs `body`, and stops the gateway either way.
    static func withGateway(
        _ configuration: AlipayTestGateway.Configuration = keyMode(), _ body: (AlipayTestGateway) async throws -> Void
    ) async throws {
        let gateway = try await AlipayTestGateway.start(configuration)
        do {
            try await body(gateway)
        } catch {
            await gateway.stop()
            throw error
        }
        await gateway.stop()
    }

    /// `yyyy-MM-dd HH:mm:ss` of `date` in `zone` (Beijing unless told).
    static func beijing(_ date: Date = Date(), zone: TimeZone = TimeZone(secondsFromGMT: 8 * 3600)!) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }

    /// The common parameters of a call to `method`, timestamped now.
    static func parameters(_ method: String, biz: String?, extra: [String: String] = [:]) -> [String: String] {
        var parameters = [
            "app_id": Fixtures.appId, "method": method, "format": "json", "charset": "utf-8", "sign_type": "RSA2",
            "timestamp": beijing(), "version": "1.0",
        ]
        parameters["biz_content"] = biz
        return parameters.merging(extra) { $1 }
    }

    /// Everything but `excluded`, empty values left out, sorted by key, `k=v` joined by `&`, raw.
    static func signContent(_ parameters: [String: String], excluding excluded: Set<String> = ["sign"]) -> String {
        parameters.filter { !excluded.contains($0.key) && !$0.value.isEmpty }
            .sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
            .map { "\($0.key)=\($0.value)" }.joined(separator: "&")
    }

    /// `parameters` with `sign` (RSA2 with the app key unless told).
    static func signed(_ parameters: [String: String], key: String = Fixtures.appPrivateKey) throws -> [String: String]
    {
        var signed = parameters
        signed["sign"] = try SigningKey(key, field: "test").sign(signContent(parameters))
        return signed
    }

    private static let formSafe = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~ ")

    /// A value form-encoded: `space` for spaces, `%XX` for the rest.
    static func formEncoded(_ value: String, space: String = "+") -> String {
        value.addingPercentEncoding(withAllowedCharacters: formSafe)!.replacingOccurrences(of: " ", with: space)
    }

    /// All `parameters` form-encoded, sorted by key.
    static func formEncoded(_ parameters: [String: String]) -> String {
        parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\(formEncoded($0.value))" }.joined(separator: "&")
    }

    /// A form body decoded once; a name given twice is an error.
    static func formDecoded(_ body: String) throws -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding! }
            let name = decode(parts[0])
            guard fields.updateValue(parts.count > 1 ? decode(parts[1]) : "", forKey: name) == nil else {
                throw CocoaError(.coderReadCorrupt)
            }
        }
        return fields
    }

    /// POSTs like the Java SDK: `inBody` parameters in the form body, the rest in the URL query.
    static func execute(
        _ gateway: AlipayTestGateway, _ parameters: [String: String], inBody: Set<String> = ["biz_content"]
    ) async throws -> Reply {
        let query = formEncoded(parameters.filter { !inBody.contains($0.key) })
        let url = URL(string: gateway.gatewayURL.absoluteString + "?" + query)!
        return try await send(url, body: formEncoded(parameters.filter { inBody.contains($0.key) }))
    }

    /// One HTTP request over loopback; a body is sent as a form.
    static func send(_ url: URL, method: String = "POST", body: String? = nil) async throws -> Reply {
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.timeoutInterval = 10
        if let body {
            request.httpBody = Data(body.utf8)
            request.setValue("application/x-www-form-urlencoded;charset=utf-8", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        return Reply(
            status: http.statusCode, contentType: http.value(forHTTPHeaderField: "Content-Type"),
            text: String(decoding: data, as: UTF8.self))
    }

    /// The signed text of node `node` (Java's rule): from its `{` to the matching `}` (braces in strings
    /// do not count), or a string node with both quotes.
    static func signedRange(_ body: String, node: String) -> String? {
        let bytes = Array(body.utf8)
        guard let name = bytes.firstRange(of: Array("\"\(node)\"".utf8)),
            let start = bytes[name.upperBound...].firstIndex(where: {
                $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "\"")
            })
        else { return nil }
        if bytes[start] == UInt8(ascii: "\"") {
            guard let end = bytes[(start + 1)...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
            return String(decoding: bytes[start...end], as: UTF8.self)
        }
        var depth = 0
        var inString = false
        var backslashes = 0
        for index in start..<bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == UInt8(ascii: "\"") && backslashes % 2 == 0 { inString = false }
                backslashes = byte == UInt8(ascii: "\\") ? backslashes + 1 : 0
            } else if byte == UInt8(ascii: "\"") {
                inString = true
                backslashes = 0
            } else if byte == UInt8(ascii: "{") {
                depth += 1
            } else if byte == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 { return String(decoding: bytes[start...index], as: UTF8.self) }
            }
        }
        return nil
    }

    /// Whether `sign` verifies over node `node`'s signed range with `key` (the fixture Alipay key unless told).
    static func verifies(_ reply: Reply, node: String, key: VerifyingKey? = nil) -> Bool {
        guard let range = signedRange(reply.text, node: node), let sign = reply.string("sign"),
            let key = key ?? (try? VerifyingKey(Fixtures.alipayPublicKey, field: "test"))
        else { return false }
        return key.isValid(sign, for: Data(range.utf8))
    }

    /// A rotation fixture: Tests/Fixtures/Keys/rotation/`name`.
    static func rotationFixture(_ name: String) -> String {
        Fixtures.text("rotation/" + name)
    }

    static func publicKey(ofFirstCertificateIn pem: String) throws -> VerifyingKey {
        let block = PEMBlock.blocks(in: pem)!.first { $0.label == "CERTIFICATE" }!
        return try VerifyingKey(der: try CertificateSummary(der: block.der).subjectPublicKeyInfo, field: "test")
    }

    /// A defect in the common parameters and the refusal it earns.
    enum Defect: String, CaseIterable, Sendable {
        case missingSign, utcClock, rsaSignType, gbkCharset, xmlFormat, version2, missingMethod, missingTimestamp,
            slashedTimestamp, signedEmptyValue, missingSignType, unknownEncryptType

        var expected: (code: String, subCode: String) {
            switch self {
            case .missingSign: ("40001", "isv.missing-signature")
            case .utcClock, .slashedTimestamp: ("40002", "isv.invalid-timestamp")
            case .rsaSignType: ("40002", "isv.invalid-signature-type")
            case .gbkCharset: ("40002", "isv.invalid-charset")
            case .xmlFormat: ("40002", "isv.invalid-format")
            case .version2: ("40002", "isv.invalid-parameter")
            case .missingMethod: ("40001", "isv.missing-method")
            case .missingTimestamp: ("40001", "isv.missing-timestamp")
            case .signedEmptyValue: ("40002", "isv.invalid-signature")
            case .missingSignType: ("40001", "isv.missing-signature-type")
            case .unknownEncryptType: ("40002", "isv.decryption-error-not-valid-encrypt-type")
            }
        }

        func parameters() throws -> [String: String] {
            var parameters = GatewayV2Wire.parameters("alipay.trade.query", biz: #"{"out_trade_no":"1"}"#)
            switch self {
            case .missingSign:
                parameters = try signed(parameters)
                parameters["sign"] = nil
                return parameters
            case .utcClock: parameters["timestamp"] = beijing(zone: TimeZone(secondsFromGMT: 0)!)
            case .slashedTimestamp:
                parameters["timestamp"] = parameters["timestamp"]!.replacingOccurrences(of: "-", with: "/")
            case .rsaSignType: parameters["sign_type"] = "RSA"
            case .gbkCharset: parameters["charset"] = "GBK"
            case .xmlFormat: parameters["format"] = "xml"
            case .version2: parameters["version"] = "2.0"
            case .missingMethod: parameters["method"] = nil
            case .missingTimestamp: parameters["timestamp"] = nil
            case .missingSignType: parameters["sign_type"] = nil
            case .unknownEncryptType: parameters["encrypt_type"] = "SM4"
            case .signedEmptyValue:
                // Signed with `auth_token=` in the content: the gateway leaves empty values out.
                parameters["auth_token"] = ""
                let content = parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                    .joined(separator: "&")
                parameters["sign"] = try SigningKey(Fixtures.appPrivateKey, field: "test").sign(content)
                return parameters
            }
            return try signed(parameters)
        }
    }

    /// The faults whose effect a test looks for in the raw body.
    enum FaultCase: String, CaseIterable, Sendable {
        case duplicateNode, unsignedResponse, escapedSlashes, tamperedBody, truncatedJSON, wrongCertificateSN,
            htmlServerError

        var fault: AlipayTestGateway.Fault {
            switch self {
            case .duplicateNode: .duplicateNode
            case .unsignedResponse: .unsignedResponse
            case .escapedSlashes: .escapedSlashes
            case .tamperedBody: .tamperedBody
            case .truncatedJSON: .truncatedJSON
            case .wrongCertificateSN: .wrongCertificateSN
            case .htmlServerError: .htmlServerError
            }
        }
    }
}
