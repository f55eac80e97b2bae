import AlipayRuntime
import AlipayTestGateway
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension AlipayTestGateway.V2Rejection {
    static let tradeNotExistForTests = Self(
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
