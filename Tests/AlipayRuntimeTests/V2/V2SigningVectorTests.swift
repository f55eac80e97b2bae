import Foundation
import Testing

@testable import AlipayRuntime

/// Requests signed byte for byte as Alipay's official SDK signs them.
@Suite("v2 signing against the official SDK's vectors", .enabled(if: V2Vectors.isPresent, V2Vectors.absent))
struct V2SigningVectorTests {
    /// Signs the vector's parameters through the client's signer with the vector's timestamp.
    static func sign(_ params: [String: String], config: AlipayConfig) throws -> V2SignedParameters {
        let client = try AlipayClient(config: config)
        let common: Set = [
            "app_id", "method", "format", "charset", "sign_type", "timestamp", "version", "biz_content", "app_cert_sn",
            "alipay_root_cert_sn", "encrypt_type", "sign",
        ]
        return try client.v2Signer.sign(
            method: params["method"]!, bizContent: params["biz_content"],
            parameters: params.filter { !common.contains($0.key) },
            encrypt: params["encrypt_type"] == "AES", timestamp: params["timestamp"]!)
    }

    @Test("01: sign content and signature of every case, with PKCS#1 and PKCS#8 keys")
    func signCases() throws {
        for testCase in try V2Vectors.json("01-sign.json").objects("cases") {
            let params = try testCase.object("params").strings
            let configs =
                params["app_cert_sn"] != nil
                ? [try V2Vectors.certModeConfig()]
                : [try V2Vectors.keyModeConfig(), try V2Vectors.keyModeConfig(pkcs8: true)]
            let name = try testCase.string("name")
            let signContent = try testCase.string("sign_content")
            let sign = try testCase.string("sign")
            for config in configs {
                let signed = try Self.sign(params, config: config)
                #expect(signed.signContent == signContent, "\(name)")
                #expect(signed.signature == sign, "\(name)")
                // Empty values are neither signed nor sent.
                #expect(!signed.parameters.contains { $0.value.isEmpty })
            }
        }
    }

    @Test("03: the app-pay order string, sorted as Java writes it, in key and certificate mode")
    func orderString() throws {
        let vector = try V2Vectors.json("03-sdk-execute-app-pay.json")
        for testCase in try vector.objects("cases") {
            let params = try testCase.object("params").strings
            let config = params["app_cert_sn"] != nil ? try V2Vectors.certModeConfig() : try V2Vectors.keyModeConfig()
            let signed = try Self.sign(params, config: config)
            #expect(try signed.signContent == testCase.string("sign_content"))
            #expect(try signed.signature == testCase.string("sign"))
            #expect(try signed.parameters.formEncoded == testCase.string("order_string_sorted"))
        }
    }

    @Test("07: AES ciphertext of biz_content, and the encrypted call's sign content and signature")
    func encryptedRequest() throws {
        let vector = try V2Vectors.json("07-aes.json")
        let cipher = try AlipayContentCipher(base64Key: try vector.string("aes_key"))
        #expect(
            try cipher.encrypt(Data(try vector.string("biz_content_plain").utf8))
                == (try vector.string("biz_content_cipher")))

        let expected = try vector.object("execute").object("expected")
        var config = try V2Vectors.keyModeConfig()
        config.encryptKey = try vector.string("aes_key")
        var params = try expected.object("params").strings
        params["biz_content"] = try vector.string("biz_content_plain")
        let signed = try Self.sign(params, config: config)
        #expect(signed.isEncrypted)
        #expect(try signed["biz_content"] == vector.string("biz_content_cipher"))
        #expect(try signed.signContent == expected.string("sign_content"))
        #expect(try signed.signature == expected.string("sign"))
        // Java's split: the ciphertext goes in the body, encrypt_type with the common parameters.
        #expect(try signed.bodyParameters.formEncoded == expected.string("form_body"))
        #expect(signed.queryParameters.contains { $0.name == "encrypt_type" })
    }

    @Test("02: the same parameters and signature as the official SDK's execute, split the Java way")
    func executeSplit() throws {
        let expected = try V2Vectors.json("02-execute-trade-query.json").object("expected")
        let params = try expected.object("params").strings
        let client = try AlipayClient(config: try V2Vectors.keyModeConfig())
        let signed = try client.v2Signer.sign(
            method: params["method"]!, bizContent: params["biz_content"], parameters: [:],
            appAuthToken: params["app_auth_token"], timestamp: params["timestamp"]!)
        #expect(try signed.signContent == expected.string("sign_content"))
        #expect(try signed.signature == expected.string("sign"))
        // Java sends app_auth_token in the body (Python in the URL); the gateway merges both.
        #expect(signed.bodyParameters.map(\.name) == ["app_auth_token", "biz_content"])
        #expect(Set(signed.queryParameters.map(\.name)).isSubset(of: V2SignedParameters.queryParameterNames))
        let merged = Dictionary(uniqueKeysWithValues: signed.parameters.map { ($0.name, $0.value) })
        #expect(merged == params)
    }
}
