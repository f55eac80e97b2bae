import AlipayRuntime
import FlyingFox
import Foundation

/// Writes `gateway.do` answers: `{"<method>_response":<node>[,"alipay_cert_sn":…],"sign":…}`, the
/// signature over the node's exact bytes, applying faults on the way.
struct V2ResponseWriter: Sendable {
    let cipher: AlipayContentCipher?

    /// The body. With `encrypt` the node becomes a JSON string of ciphertext, signed with its quotes;
    /// without `identity` the answer is unsigned (refusals before the app is known).
    func body(
        nodeName: String, node: String, encrypt: Bool, identity: AlipaySigningIdentity?,
        faults: [AlipayTestGateway.Fault]
    ) -> String {
        var signed = node
        if encrypt, let cipher, let ciphertext = try? cipher.encrypt(Data(node.utf8)) {
            signed = GatewayJSONText.quoted(ciphertext)
        }
        var sent = faults.contains(.escapedSlashes) ? V2NodeFaults.escapingSlashes(signed) : signed
        if faults.contains(.tamperedBody) { sent = V2NodeFaults.tampered(sent) }
        let name = GatewayJSONText.quoted(nodeName)
        var body = "{\(name):\(sent)"
        if let identity {
            let certificateSN =
                faults.contains(.wrongCertificateSN) ? "00000000000000000000000000000000" : identity.certificateSN
            if let certificateSN { body += ",\"alipay_cert_sn\":\(GatewayJSONText.quoted(certificateSN))" }
            if !faults.contains(.unsignedResponse), let sign = try? identity.key.sign(signed) {
                body += ",\"sign\":\(GatewayJSONText.quoted(sign))"
            }
        }
        if faults.contains(.duplicateNode) { body += ",\(name):\(V2NodeFaults.forged(signed))" }
        body += "}"
        if faults.contains(.truncatedJSON) { body = String(body.prefix(body.count / 2)) }
        return body
    }

    /// HTTP 200 with Alipay's `text/html;charset=utf-8`, after `.delay` and `.htmlServerError`, paced by `.trickle`.
    func httpResponse(
        nodeName: String, node: String, encrypt: Bool, identity: AlipaySigningIdentity?,
        faults: [AlipayTestGateway.Fault]
    ) async -> HTTPResponse {
        if let replaced = await ResponseSigner.transportFaults(faults) { return replaced }
        let text = body(nodeName: nodeName, node: node, encrypt: encrypt, identity: identity, faults: faults)
        return Self.html(text, faults: faults)
    }

    /// HTTP 200 with `text`, typed `text/html;charset=utf-8` as Alipay types every `gateway.do` answer;
    /// sent one byte at a time with `.trickle`.
    static func html(_ text: String, faults: [AlipayTestGateway.Fault] = []) -> HTTPResponse {
        HTTPResponse(
            statusCode: ResponseSigner.status(200), headers: [.contentType: "text/html;charset=utf-8"],
            body: ResponseSigner.body(Data(text.utf8), faults))
    }

    /// The node name for `method`: `alipay.trade.query` → `alipay_trade_query_response`.
    static func nodeName(method: String?) -> String {
        guard let method, !method.isEmpty else { return "error_response" }
        return method.replacingOccurrences(of: ".", with: "_") + "_response"
    }
}
