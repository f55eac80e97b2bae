import Foundation
import _CryptoExtras

/// Reads a v2 answer: finds the node, verifies Alipay's signature over its exact bytes, decrypts it,
/// and turns a failure node into `AlipayError.api`.
///
/// Verification follows Alipay's Java SDK: successes must be signed; a failure (`sub_code`) is
/// verified when it carries `sign` and otherwise reported as unverified; a signature that fails
/// over the node as received is tried once more with every `\/` read as `/` (Alipay has signed
/// plain slashes and sent escaped ones).
package struct V2ResponseReader: Sendable {
    private let alipayKey: _RSA.Signing.PublicKey?
    private let keyring: AlipayKeyring?
    private let cipher: AlipayContentCipher?

    /// Key mode: verify with `alipayKey`. Certificate mode: verify with the keyring's key for the
    /// answer's `alipay_cert_sn`.
    package init(alipayKey: _RSA.Signing.PublicKey?, keyring: AlipayKeyring?, cipher: AlipayContentCipher?) {
        self.alipayKey = alipayKey
        self.keyring = keyring
        self.cipher = cipher
    }

    /// - Parameters:
    ///   - body: the HTTP body as received.
    ///   - status: the HTTP status.
    ///   - contentType: the `Content-Type` header.
    ///   - method: the API that was called; it names the node.
    ///   - verifiesSignature: `false` only for the certificate download, which is trusted through its
    ///     certificate chain instead.
    /// - Returns: the verified (and decrypted) node.
    /// - Throws: `invalidResponse` for anything that is not a v2 answer (an HTML page, truncated
    ///   JSON, a node given twice), `missingSignatureField`, `unknownAlipayCertificate`,
    ///   `invalidSignature`, `decryptionFailed`, and `api` for a failure node.
    package func read(
        _ body: Data, status: Int = 200, contentType: String? = nil, method: String, verifiesSignature: Bool = true
    ) throws(AlipayError) -> AlipayV2Response {
        guard (200..<300).contains(status) else {
            throw invalid(body, status: status, contentType: contentType, "the gateway answered with an error status")
        }
        let envelope: V2ResponseEnvelope
        do {
            envelope = try V2ResponseEnvelope(body: body, method: method)
        } catch {
            throw invalid(body, status: status, contentType: contentType, error.reason)
        }
        let signed = body.subdata(in: envelope.nodeRange)
        var nodeStatus = envelope.status
        if verifiesSignature {
            guard let sign = envelope.sign, !sign.isEmpty else {
                if let nodeStatus, nodeStatus.isFailure {
                    throw .api(apiError(nodeStatus, node: signed, isVerified: false))
                }
                throw .missingSignatureField(name: "sign", method: method)
            }
            let key = try verifyingKey(envelope, isFailure: nodeStatus?.isFailure ?? false, method: method)
            guard Self.isValid(sign, over: signed, key: key) else {
                throw .invalidSignature(status: status, traceId: nil)
            }
        }
        var node = signed
        if envelope.isEncrypted {
            guard let cipher else {
                throw .decryptionFailed(reason: "the answer is encrypted, but AlipayConfig.encryptKey is not set")
            }
            let ciphertext = signed.withUnsafeBytes { JSONScanner.string(in: $0, range: 0..<$0.count) } ?? ""
            node = try cipher.decrypt(ciphertext)
            guard let status = V2NodeStatus(node: node) else {
                throw .decryptionFailed(reason: "the decrypted answer is not a JSON object")
            }
            nodeStatus = status
        }
        if let nodeStatus, nodeStatus.isFailure {
            throw .api(apiError(nodeStatus, node: node, isVerified: verifiesSignature))
        }
        return AlipayV2Response(
            method: method, body: node, rawBody: body, alipayCertificateSerialNumber: envelope.alipayCertSN,
            code: nodeStatus?.code,
            msg: nodeStatus?.msg)
    }

    private func verifyingKey(_ envelope: V2ResponseEnvelope, isFailure: Bool, method: String) throws(AlipayError)
        -> _RSA.Signing.PublicKey
    {
        if let alipayKey { return alipayKey }
        guard let keyring else { throw .invalidConfiguration(reason: "no Alipay key to verify answers with") }
        guard let sn = envelope.alipayCertSN, !sn.isEmpty else {
            // Gateway errors may come without an SN; successes may not.
            if isFailure { return keyring.configuredKey }
            throw .missingSignatureField(name: "alipay_cert_sn", method: method)
        }
        guard let key = keyring.key(for: sn) else {
            throw .unknownAlipayCertificate(serialNumber: sn, expected: keyring.configuredSN, traceId: nil)
        }
        return key
    }

    /// The signature over the node as sent, else over the node with `\/` read as `/`.
    static func isValid(_ sign: String, over node: Data, key: _RSA.Signing.PublicKey) -> Bool {
        if RSASignature.isValid(sign, for: node, key: key) { return true }
        let escapedSlash: [UInt8] = [0x5C, 0x2F]
        guard node.firstRange(of: escapedSlash) != nil else { return false }
        // Every `\/` read as `/`, left to right, as Java's String.replace does.
        let bytes = [UInt8](node)
        var unescaped = Data()
        unescaped.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x5C, index + 1 < bytes.count, bytes[index + 1] == 0x2F {
                unescaped.append(0x2F)
                index += 2
            } else {
                unescaped.append(bytes[index])
                index += 1
            }
        }
        return RSASignature.isValid(sign, for: unescaped, key: key)
    }

    private func apiError(_ status: V2NodeStatus, node: Data, isVerified: Bool) -> AlipayAPIError {
        AlipayAPIError(
            status: 200, code: status.subCode ?? status.code ?? "", message: status.subMsg ?? status.msg ?? "",
            body: node, gatewayCode: status.code, gatewayMessage: status.msg, isVerified: isVerified)
    }

    private func invalid(_ body: Data, status: Int, contentType: String?, _ reason: String) -> AlipayError {
        .invalidResponse(
            AlipayInvalidResponse(
                status: status, contentType: contentType, excerpt: AlipayResponse.excerpt(of: body), reason: reason,
                traceId: nil))
    }
}
