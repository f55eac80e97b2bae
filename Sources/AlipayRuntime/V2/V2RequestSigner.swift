import Foundation
import _CryptoExtras

/// Signs v2 requests the way `gateway.do` checks them.
///
/// ```
/// signContent = every parameter but `sign` with a non-empty value, sorted by name,
///               `name=value` joined by `&`, values raw (not encoded)
/// sign        = base64 SHA256withRSA(signContent) with the app private key
/// ```
/// The common parameters are `app_id`, `method`, `format=json`, `charset=utf-8`, `sign_type=RSA2`,
/// `timestamp` (Beijing time) and `version=1.0`, plus `app_cert_sn` and `alipay_root_cert_sn` in
/// certificate mode. With AES, `biz_content` is the ciphertext and `encrypt_type=AES` is signed too.
package struct V2RequestSigner: Sendable {
    private let appId: String
    private let privateKey: _RSA.Signing.PrivateKey
    private let appCertSN: String?
    private let rootCertSN: String?
    private let cipher: AlipayContentCipher?

    /// The parameters the client writes itself; `parameters` may not set them.
    package static let reservedNames: Set<String> = [
        "app_id", "method", "format", "charset", "sign_type", "sign", "timestamp", "version", "app_cert_sn",
        "alipay_root_cert_sn", "encrypt_type",
    ]

    package init(config: AlipayConfig, privateKey: _RSA.Signing.PrivateKey) throws(AlipayError) {
        guard !config.appId.isEmpty else { throw .invalidConfiguration(reason: "appId is empty") }
        appId = config.appId
        self.privateKey = privateKey
        appCertSN = config.certificates?.appCertificateSerialNumber
        rootCertSN = config.certificates?.alipayRootCertificateSerialNumber
        cipher = try config.encryptKey.map { (key) throws(AlipayError) in try AlipayContentCipher(base64Key: key) }
    }

    /// Builds and signs the parameters of one request.
    /// - Parameters:
    ///   - method: the API, e.g. `alipay.trade.query`.
    ///   - bizContent: the `biz_content` JSON text, or `nil` for APIs without one.
    ///   - parameters: the API's other parameters (`notify_url`, `return_url`, `auth_token`, …).
    ///   - appAuthToken: the `app_auth_token` of the merchant an ISV acts for.
    ///   - encrypt: AES-encrypt `biz_content`; needs `AlipayConfig.encryptKey`.
    ///   - timestamp: the `timestamp` parameter, `yyyy-MM-dd HH:mm:ss` in Beijing time.
    /// - Returns: every parameter, `sign` included.
    /// - Throws: `requestEncoding` for an empty method, a parameter the client sets itself or given twice,
    ///   or encryption without a key; a failure to encrypt or sign.
    package func sign(
        method: String,
        bizContent: String?,
        parameters: [String: String],
        appAuthToken: String? = nil,
        encrypt: Bool = false,
        timestamp: String
    ) throws(AlipayError) -> V2SignedParameters {
        guard !method.isEmpty else { throw .requestEncoding(reason: "the v2 method name is empty") }
        if let reserved = parameters.keys.filter(Self.reservedNames.contains).min() {
            throw .requestEncoding(reason: "parameters must not set \(reserved): the client sets it")
        }
        if bizContent != nil, parameters["biz_content"] != nil {
            throw .requestEncoding(reason: "biz_content is given twice: as bizContent and in parameters")
        }
        if appAuthToken != nil, parameters["app_auth_token"] != nil {
            throw .requestEncoding(reason: "app_auth_token is given twice: in options and in parameters")
        }
        // A plain list: the checks above leave no name twice, so no dictionary is needed to sort them.
        var bizContent = bizContent ?? parameters["biz_content"]
        var all: [V2SignedParameters.Parameter] = []
        all.reserveCapacity(parameters.count + 13)
        for (name, value) in parameters where name != "biz_content" {
            all.append(V2SignedParameters.Parameter(name: name, value: value))
        }
        all.append(V2SignedParameters.Parameter(name: "app_id", value: appId))
        all.append(V2SignedParameters.Parameter(name: "method", value: method))
        all.append(V2SignedParameters.Parameter(name: "format", value: "json"))
        all.append(V2SignedParameters.Parameter(name: "charset", value: "utf-8"))
        all.append(V2SignedParameters.Parameter(name: "sign_type", value: "RSA2"))
        all.append(V2SignedParameters.Parameter(name: "timestamp", value: timestamp))
        all.append(V2SignedParameters.Parameter(name: "version", value: "1.0"))
        if let appCertSN { all.append(V2SignedParameters.Parameter(name: "app_cert_sn", value: appCertSN)) }
        if let rootCertSN { all.append(V2SignedParameters.Parameter(name: "alipay_root_cert_sn", value: rootCertSN)) }
        if let appAuthToken { all.append(V2SignedParameters.Parameter(name: "app_auth_token", value: appAuthToken)) }
        var isEncrypted = false
        if encrypt, let plain = bizContent, !plain.isEmpty {
            guard let cipher else {
                throw .requestEncoding(reason: "encryption was asked for, but AlipayConfig.encryptKey is not set")
            }
            bizContent = try cipher.encrypt(Data(plain.utf8))
            all.append(V2SignedParameters.Parameter(name: "encrypt_type", value: "AES"))
            isEncrypted = true
        }
        if let bizContent { all.append(V2SignedParameters.Parameter(name: "biz_content", value: bizContent)) }
        all.removeAll { $0.value.isEmpty }
        all.sort { V2SignedParameters.Parameter.namePrecedes($0.name, $1.name) }
        let signContent = String(decoding: all.signedText, as: UTF8.self)
        let signature = try RSASignature.sign(signContent, with: privateKey)
        var sent = all
        let signIndex = sent.firstIndex { !V2SignedParameters.Parameter.namePrecedes($0.name, "sign") } ?? sent.endIndex
        sent.insert(V2SignedParameters.Parameter(name: "sign", value: signature), at: signIndex)
        return V2SignedParameters(
            parameters: sent, signContent: signContent, signature: signature, isEncrypted: isEncrypted)
    }

    /// Encodes a `biz_content` model as compact JSON: keys sorted, slashes and non-ASCII text as is.
    package static func bizContentJSON(_ value: some Encodable) throws(AlipayError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw .requestEncoding(
                reason: "the biz_content of type \(type(of: value)) does not encode as JSON: \(error)")
        }
    }
}
