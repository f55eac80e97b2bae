import AlipayRuntime
import Foundation

/// The checks `gateway.do` makes on a request's parameters, in Alipay's order.
struct V2RequestChecker: Sendable {
    let appId: String
    let appKey: VerifyingKey
    let appCertSN: String?
    let rootCertSN: String?
    let cipher: AlipayContentCipher?
    /// How far `timestamp` may be from the gateway's clock, in seconds.
    let toleranceSeconds: Double

    typealias Rejection = AlipayTestGateway.V2Rejection

    /// A refusal, and whether the app was known by then: refusals before that are answered unsigned.
    struct Failure: Error {
        var rejection: Rejection
        var appKnown: Bool
    }

    /// The request, decrypted, when every check passes.
    func check(
        _ parameters: [String: String], files: [AlipayFilePart] = [], httpMethod: String?, now: Date = Date()
    ) throws(Failure) -> AlipayTestGateway.V2Request {
        func value(_ name: String) -> String? {
            parameters[name].flatMap { $0.isEmpty ? nil : $0 }
        }
        guard let requestAppId = value("app_id") else {
            throw Failure(rejection: .missing("isv.missing-app-id", "缺少AppID参数"), appKnown: false)
        }
        guard requestAppId == appId else { throw Failure(rejection: .invalidAppId, appKnown: false) }
        func refuse(_ rejection: Rejection) -> Failure {
            Failure(rejection: rejection, appKnown: true)
        }

        guard let method = value("method") else { throw refuse(.missing("isv.missing-method", "缺少方法名参数")) }
        guard let charset = value("charset"), charset.lowercased() == "utf-8" else {
            throw refuse(.invalid("isv.invalid-charset", "字符集错误: 只支持 utf-8，收到 \(value("charset") ?? "(无)")"))
        }
        if let format = value("format"), format.lowercased() != "json" {
            throw refuse(.invalid("isv.invalid-format", "无效的数据格式参数: \(format)"))
        }
        guard let signType = value("sign_type") else {
            throw refuse(.missing("isv.missing-signature-type", "缺少签名类型参数"))
        }
        guard signType == "RSA2" else {
            throw refuse(.invalid("isv.invalid-signature-type", "无效的签名类型参数: \(signType)，只支持 RSA2"))
        }
        guard let timestamp = value("timestamp") else {
            throw refuse(.missing("isv.missing-timestamp", "缺少时间戳参数"))
        }
        guard let sent = GatewayBeijingClock.date(from: timestamp), abs(sent.timeIntervalSince(now)) <= toleranceSeconds
        else {
            throw refuse(
                .invalid(
                    "isv.invalid-timestamp",
                    "非法的时间戳参数: \(timestamp)，网关的北京时间为 \(GatewayBeijingClock.string(from: now))"))
        }
        guard let version = value("version") else { throw refuse(.missing("isv.missing-version", "缺少版本参数")) }
        guard version == "1.0" else { throw refuse(.invalidParameter("version 只能是 1.0，收到 \(version)")) }
        guard let sign = value("sign") else { throw refuse(.missing("isv.missing-signature", "缺少签名参数")) }
        try checkCertificateSNs(value("app_cert_sn"), value("alipay_root_cert_sn"))

        let content = V2SignContent.request(parameters)
        guard appKey.isValid(sign, for: Data(content.utf8)) else {
            throw refuse(.invalidSignature(signContent: content))
        }

        let (bizContent, encrypted) = try decrypted(value("biz_content"), encryptType: value("encrypt_type"))
        if let bizContent, (try? JSONSerialization.jsonObject(with: Data(bizContent.utf8))) as? [String: Any] == nil {
            throw refuse(.invalidParameter("biz_content 不是 JSON 对象"))
        }
        return AlipayTestGateway.V2Request(
            method: method, parameters: parameters, bizContent: bizContent, wasEncrypted: encrypted,
            appAuthToken: value("app_auth_token"), httpMethod: httpMethod, files: files)
    }

    private func checkCertificateSNs(_ appSN: String?, _ rootSN: String?) throws(Failure) {
        guard let appCertSN, let rootCertSN else { return }
        guard let appSN else {
            throw Failure(rejection: .missing("isv.missing-app-cert-sn", "缺少应用公钥证书序列号"), appKnown: true)
        }
        guard appSN == appCertSN else {
            throw Failure(rejection: .invalid("isv.app-cert-not-exist", "应用公钥证书不存在: \(appSN)"), appKnown: true)
        }
        guard let rootSN else {
            throw Failure(
                rejection: .missing("isv.missing-alipay-root-cert-sn", "缺少支付宝根证书序列号"), appKnown: true)
        }
        guard rootSN == rootCertSN else {
            throw Failure(
                rejection: .invalid("isv.invalid-alipay-root-cert-sn", "无效的支付宝根证书序列号: \(rootSN)"),
                appKnown: true)
        }
    }

    /// `biz_content` as plain JSON, and whether it came encrypted; checked after the signature, as it covers the ciphertext.
    private func decrypted(_ bizContent: String?, encryptType: String?) throws(Failure) -> (String?, Bool) {
        guard let encryptType else { return (bizContent, false) }
        guard encryptType == "AES" else {
            throw Failure(
                rejection: .invalid("isv.decryption-error-not-valid-encrypt-type", "解密出错，不支持的加密算法: \(encryptType)"),
                appKnown: true)
        }
        guard let cipher else {
            throw Failure(
                rejection: .invalid("isv.decryption-error-not-valid-encrypt-key", "解密出错, 未配置加密密钥或加密密钥格式错误"),
                appKnown: true)
        }
        guard let bizContent else { return (nil, true) }
        guard let plain = try? cipher.decrypt(bizContent), let text = String(data: plain, encoding: .utf8) else {
            throw Failure(rejection: .invalid("isv.decryption-error-unknown", "解密出错，未知异常"), appKnown: true)
        }
        return (text, true)
    }
}
