import Foundation
import Testing

@testable import AlipayRuntime

/// Answers read and verified as Alipay's Java SDK reads them, on the official SDK's vectors.
@Suite("v2 responses against the official SDK's vectors", .enabled(if: V2Vectors.isPresent, V2Vectors.absent))
struct V2ResponseVectorTests {
    @Test("05: the signed range is the vector's sign_source, and the verdict is the Java rule's")
    func responses() async throws {
        for testCase in try V2Vectors.json("05-responses.json").objects("cases") {
            let name = try testCase.string("name")
            let body = Data(try testCase.string("body").utf8)
            let certMode = testCase["alipay_cert_sn"] is String
            let client = try AlipayClient(
                config: certMode ? try V2Vectors.certModeConfig() : try V2Vectors.keyModeConfig())
            if let source = testCase["sign_source"] as? String {
                let envelope = try V2ResponseEnvelope(body: body, method: try testCase.string("method"))
                #expect(body.subdata(in: envelope.nodeRange) == Data(source.utf8), "\(name)")
            }
            let verified = testCase["java_rule_verified"] as? Bool == true
            let method = try testCase.string("method")
            let content = try testCase.object("python_sdk_client")["content"] as? String
            switch Result(catching: { () throws(AlipayError) in try client.v2Reader.read(body, method: method) }) {
            case .success(let response):
                #expect(verified, "\(name) was accepted")
                if let content { #expect(response.text == content, "\(name)") }
                #expect(response.code == "10000")
            case .failure(.api(let error)):
                // Business and gateway failures: verified when signed, reported with the sub_code.
                let node = try JSONSerialization.jsonObject(with: error.body) as? [String: String]
                #expect(error.code == node?["sub_code"], "\(name)")
                #expect(error.message == node?["sub_msg"], "\(name)")
                #expect(error.gatewayCode == node?["code"], "\(name)")
                #expect(error.isVerified == verified, "\(name)")
            case .failure(.invalidSignature):
                #expect(!verified, "\(name) was rejected")
            case .failure(let error):
                Issue.record("\(name): \(error)")
            }
        }
    }

    @Test("07: an encrypted answer is verified over the quoted ciphertext, then decrypted")
    func encryptedResponses() throws {
        let vector = try V2Vectors.json("07-aes.json")
        var config = try V2Vectors.keyModeConfig()
        config.encryptKey = try vector.string("aes_key")
        let client = try AlipayClient(config: config)
        for testCase in try vector.objects("responses") {
            let body = Data(try testCase.string("body").utf8)
            let envelope = try V2ResponseEnvelope(body: body, method: try testCase.string("method"))
            #expect(envelope.isEncrypted)
            let source = Data(try testCase.string("sign_source").utf8)
            #expect(body.subdata(in: envelope.nodeRange) == source)
            let response = try client.v2Reader.read(body, method: try testCase.string("method"))
            #expect(try response.text == testCase.string("decrypted"))
        }
        let execute = try vector.object("execute").object("expected")
        let response = try client.v2Reader.read(
            Data(try execute.string("response_body").utf8), method: "alipay.trade.query")
        #expect(try response.text == execute.string("sdk_result"))

        // Without the key the answer cannot be read, and says why.
        let keyless = try AlipayClient(config: try V2Vectors.keyModeConfig())
        let encrypted = Data(try execute.string("response_body").utf8)
        #expect(throws: AlipayError.self) { try keyless.v2Reader.read(encrypted, method: "alipay.trade.query") }
    }

    @Test("06: notifications verify by the rule they were signed for, and not by the other")
    func notifications() throws {
        let client = try AlipayClient(config: try V2Vectors.keyModeConfig())
        for testCase in try V2Vectors.json("06-notify.json").objects("cases") {
            let body = try testCase.string("post_body")
            let v1 = testCase["verifies_v1"] as? Bool
            let v2 = testCase["verifies_v2"] as? Bool
            #expect(client.verifyNotification(formBody: body) == v1)
            #expect(client.verifyNotification(formBody: body, rule: .includingSignType) == v2)
            let params = try testCase.object("params").strings
            #expect(client.verifyNotification(params, rule: .includingSignType) == v2)
            #expect(try NotificationForm.parameters(body) == testCase.object("params").strings)
        }
    }
}
