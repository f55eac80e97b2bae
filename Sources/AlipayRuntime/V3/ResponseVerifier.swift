import Foundation
import _CryptoExtras

/// Checks Alipay's signature on a response, failing closed.
///
/// The signed text is `alipay-timestamp \n alipay-nonce \n raw body \n`, over the body exactly as
/// received (still ciphertext if encrypted). In certificate mode the key is chosen by `alipay-sn`.
@_spi(Benchmarks) public struct ResponseVerifier: Sendable {
    private let keys: Keys

    private enum Keys: Sendable {
        case publicKey(_RSA.Signing.PublicKey)
        /// Alipay's certificate keys by SN: the configured one, and those learned by rotation.
        case certificate(AlipayKeyring)
    }

    /// Parses Alipay's public key (or certificate) from `config`.
    public init(config: AlipayConfig) throws(AlipayError) {
        switch (config.alipayPublicKey, config.certificates) {
        case (let key?, nil):
            keys = .publicKey(try RSAKeyParser.publicKey(key, field: "alipayPublicKey"))
        case (nil, let certificates?):
            let key = try RSAKeyParser.publicKey(der: certificates.alipayPublicKeyDER, field: "alipayPublicCertificate")
            keys = .certificate(
                AlipayKeyring(configuredSN: certificates.alipayCertificateSerialNumber, configuredKey: key))
        case (.some, .some):
            throw .invalidConfiguration(reason: "set either alipayPublicKey (key mode) or certificates, not both")
        case (nil, nil):
            throw .invalidConfiguration(reason: "set alipayPublicKey (key mode) or certificates (certificate mode)")
        }
    }

    /// The key that verifies responses.
    package var alipayPublicKey: _RSA.Signing.PublicKey {
        switch keys {
        case .publicKey(let key): key
        case .certificate(let keyring): keyring.configuredKey
        }
    }

    /// Alipay's certificate keys by SN, in certificate mode.
    package var keyring: AlipayKeyring? {
        guard case .certificate(let keyring) = keys else { return nil }
        return keyring
    }

    /// Throws unless the response carries a valid Alipay signature.
    /// - Throws: `missingSignatureHeader`, `unknownAlipayCertificate` or `invalidSignature`.
    public func verify(status: Int, headers: AlipayHTTPHeaders, body: Data) throws(AlipayError) {
        let traceId = headers["alipay-trace-id"]
        func required(_ name: String) throws(AlipayError) -> String {
            guard let value = headers[name], !value.isEmpty, value != "null" else {
                throw .missingSignatureHeader(name: name, status: status, traceId: traceId)
            }
            return value
        }
        let signature = try required("alipay-signature")
        let timestamp = try required("alipay-timestamp")
        let nonce = try required("alipay-nonce")
        let key: _RSA.Signing.PublicKey
        switch keys {
        case .publicKey(let publicKey):
            key = publicKey
        case .certificate(let keyring):
            let sn = try required("alipay-sn")
            guard let certificateKey = keyring.key(for: sn) else {
                throw .unknownAlipayCertificate(serialNumber: sn, expected: keyring.configuredSN, traceId: traceId)
            }
            key = certificateKey
        }
        var message = Data("\(timestamp)\n\(nonce)\n".utf8)
        message.append(body)
        message.append(0x0A)
        guard RSASignature.isValid(signature, for: message, key: key) else {
            throw .invalidSignature(status: status, traceId: traceId)
        }
    }
}
