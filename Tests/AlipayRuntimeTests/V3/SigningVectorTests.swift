import Foundation
import Testing

@_spi(Benchmarks) @testable import AlipayRuntime

@Suite("Request signing, fixed vectors")
struct SigningVectorTests {
    static let nonce = "8e6d2c8a-0f4e-4d0b-9a51-3c7f2b1d9e40"
    static let timestamp: Int64 = 1_700_000_000_000
    static var expectedSignature: String {
        Fixtures.text("sign_vector.sig.b64").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func signer(_ config: AlipayConfig = Fixtures.keyModeConfig()) throws -> RequestSigner {
        try RequestSigner(config: config)
    }

    @Test("sign content and signature equal the openssl vector")
    func opensslVector() throws {
        let request = AlipayRequest(
            method: .post, path: syncPath, queryItems: [AlipayQueryItem(name: "x", value: "1")],
            body: .json(["agreement_no": "20195108518085620000"]))
        let signed = try signer().sign(request, nonce: Self.nonce, timestamp: Self.timestamp)
        #expect(signed.signContent == Fixtures.text("sign_vector.txt"))
        #expect(signed.signature == Self.expectedSignature)
        #expect(
            signed.headers["authorization"]
                == "ALIPAY-SHA256withRSA app_id=2021000000000001,nonce=\(Self.nonce),timestamp=1700000000000,sign=\(Self.expectedSignature)"
        )
        #expect(signed.body == Data(#"{"agreement_no":"20195108518085620000"}"#.utf8))
        #expect(signed.headers["Content-Type"] == "application/json")
        #expect(signed.headers["Accept"] == "application/json")
        #expect(signed.headers["User-Agent"] == AlipayConfig.defaultUserAgent)
        #expect(signed.headers["alipay-request-id"]?.isEmpty == false)
        #expect(signed.headers["alipay-root-cert-sn"] == nil)
        #expect(signed.url.absoluteString == "https://openapi.alipay.com\(syncPath)?x=1")
    }

    @Test("GET without body, with app auth token and a fixed request id")
    func appAuthToken() throws {
        let request = AlipayRequest(
            method: .get, path: "/v3/zhima/credit/pe/zmgo/agreement/query",
            queryItems: [AlipayQueryItem(name: "agreement_id", value: "A 1")])
        let options = AlipayRequestOptions(appAuthToken: "202501BBxxxx", requestId: "req-1")
        let signed = try signer().sign(request, options: options, nonce: Self.nonce, timestamp: Self.timestamp)
        #expect(
            signed.signContent
                == "app_id=2021000000000001,nonce=\(Self.nonce),timestamp=1700000000000\nGET\n"
                + "/v3/zhima/credit/pe/zmgo/agreement/query?agreement_id=A%201\n\n202501BBxxxx\n")
        #expect(signed.headers["alipay-app-auth-token"] == "202501BBxxxx")
        #expect(signed.headers["alipay-request-id"] == "req-1")
        #expect(signed.headers["Content-Type"] == nil)
        #expect(signed.body == nil)
    }

    @Test("certificate mode adds app_cert_sn to the auth string and sends the root SN")
    func certificateMode() throws {
        let signed = try signer(Fixtures.certModeConfig()).sign(
            AlipayRequest(method: .post, path: syncPath, body: .json(["a": "b"])), nonce: Self.nonce,
            timestamp: Self.timestamp)
        #expect(
            signed.authString
                == "app_id=2021000000000001,app_cert_sn=7dd790353638d53b3c0239e344b84fb3,nonce=\(Self.nonce),timestamp=1700000000000"
        )
        #expect(signed.signContent == "\(signed.authString)\nPOST\n\(syncPath)\n{\"a\":\"b\"}\n")
        #expect(
            signed.headers["alipay-root-cert-sn"] == "7bc7049002739a8c5cab4a23a6192adc_42f1cbf9d1bea42d3d2308c8f0ccebe4"
        )
    }

    @Test("an encrypted body is signed as its ciphertext and sent as text/plain")
    func encryptedBody() throws {
        let plaintext = Fixtures.text("aes_vector.txt")
        let signed = try signer(Fixtures.keyModeConfig(encrypt: true)).sign(
            method: .post, path: syncPath, query: [], payload: .text(plaintext), options: AlipayRequestOptions(),
            nonce: Self.nonce, timestamp: Self.timestamp)
        let ciphertext = Fixtures.text("aes_vector.enc.b64").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(signed.body == Data(ciphertext.utf8))
        #expect(signed.signContent.hasSuffix("\nPOST\n\(syncPath)\n\(ciphertext)\n"))
        #expect(signed.headers["Content-Type"] == "text/plain")
        #expect(signed.headers["alipay-encrypt-type"] == "AES")
        #expect(signed.isEncrypted)
    }

    @Test("multipart signs only the data part")
    func multipart() throws {
        let file = AlipayFilePart(
            name: "file_content", file: AlipayFile(bytes: Data([0, 1, 2]), fileName: "a.png", contentType: "image/png"))
        let signed = try signer().sign(
            AlipayRequest(
                method: .post, path: "/v3/alipay/open/file/upload",
                body: .multipart(data: ["biz_code": "x"], files: [file])),
            nonce: Self.nonce, timestamp: Self.timestamp)
        #expect(signed.signContent.hasSuffix("\nPOST\n/v3/alipay/open/file/upload\n{\"biz_code\":\"x\"}\n"))
        let contentType = try #require(signed.headers["Content-Type"])
        #expect(contentType.hasPrefix("multipart/form-data; boundary="))
        let body = String(decoding: try #require(signed.body), as: UTF8.self)
        #expect(
            body.contains(
                "Content-Disposition: form-data; name=\"data\"\r\nContent-Type: application/json\r\n\r\n{\"biz_code\":\"x\"}\r\n"
            ))
        #expect(body.contains("name=\"file_content\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n"))
    }

    @Test("query strings keep only RFC 3986 unreserved characters")
    func queryEncoding() {
        let items = [
            AlipayQueryItem(name: "q", value: "a b&c=d+e/f~g.h_i-j"),
            AlipayQueryItem(name: "名", value: "中文"),
            AlipayQueryItem(name: "empty", value: ""),
        ]
        #expect(
            QueryString.encode(items)
                == "q=a%20b%26c%3Dd%2Be%2Ff~g.h_i-j&%E5%90%8D=%E4%B8%AD%E6%96%87&empty=")
    }

    @Test("a server URL with a path prefix is part of what is signed")
    func serverPathPrefix() throws {
        var config = Fixtures.keyModeConfig()
        config.serverURL = URL(string: "http://127.0.0.1:8080/mock/")!
        let signed = try signer(config).sign(
            AlipayRequest(method: .get, path: "/v3/a"), nonce: Self.nonce, timestamp: Self.timestamp)
        #expect(signed.requestURI == "/mock/v3/a")
        #expect(signed.url.absoluteString == "http://127.0.0.1:8080/mock/v3/a")
        #expect(signed.signContent.contains("\nGET\n/mock/v3/a\n\n"))
    }

    @Test("a path with a query in it is refused")
    func pathWithQuery() throws {
        let signer = try signer()
        #expect(throws: AlipayError.self) {
            try signer.sign(AlipayRequest(method: .get, path: "/v3/a?b=c"))
        }
    }

    @Test("JSON bodies keep slashes unescaped")
    func slashes() throws {
        let signed = try signer().sign(AlipayRequest(method: .post, path: "/v3/a", body: .json(["url": "https://x/y"])))
        #expect(signed.body == Data(#"{"url":"https://x/y"}"#.utf8))
    }
}
