import Crypto
import Foundation
import _CryptoExtras

/// Which parameters a notification's signature covers: every non-empty one but `sign`, and whether
/// `sign_type` is among them.
public enum AlipayNotificationRule: Sendable, Hashable {
    /// Every parameter but `sign` and `sign_type`: payment notifications and `return_url` parameters
    /// (Java's `rsaCheckV1`).
    case excludingSignType
    /// Every parameter but `sign`, `sign_type` included: other messages (Java's `rsaCheckV2`).
    case includingSignType
}

extension AlipayClient {
    /// Verifies an asynchronous notification given as its raw `application/x-www-form-urlencoded`
    /// body, and returns it typed.
    ///
    /// The body is decoded once; `sign` is checked as SHA256withRSA (RSA2) over every other non-empty
    /// field sorted by name (without `sign_type` either, by `.excludingSignType`), with Alipay's public key, or
    /// in certificate mode with the key of the configured Alipay certificate or of one the client
    /// has learned through rotation; `app_id` must be the configured one. Then check `outTradeNo` and
    /// `totalAmount` against your order, and answer the bare text `success`.
    /// - Parameters:
    ///   - formBody: the body exactly as received.
    ///   - rule: which fields the signature covers; `.excludingSignType` for payment notifications and
    ///     `return_url`.
    /// - Returns: the notification, signed by Alipay for this app.
    /// - Throws: `AlipayError.invalidNotification` with the reason.
    public func notification(formBody: String, rule: AlipayNotificationRule = .excludingSignType) throws(AlipayError)
        -> AlipayNotification
    {
        try notification(fields: NotificationForm.fields(formBody), rule: rule)
    }

    /// Verifies a notification given as its form fields, already percent-decoded (as a web
    /// framework decodes a form), and returns it typed; checked as `notification(formBody:)` does.
    /// - Throws: `AlipayError.invalidNotification` with the reason.
    public func notification(_ fields: [String: String], rule: AlipayNotificationRule = .excludingSignType)
        throws(AlipayError)
        -> AlipayNotification
    {
        try notification(fields: fields, rule: rule)
    }

    /// Checks an asynchronous notification (`notify_url` callback) or `return_url` parameters.
    ///
    /// Drops `sign` (and, by `.excludingSignType`, `sign_type`) and empty values, sorts the rest by key, joins
    /// `key=value` with `&`, and checks `sign` as SHA256withRSA (RSA2) with Alipay's public key, or in
    /// certificate mode with the key of Alipay's certificate (the configured one or one learned through
    /// rotation). After it passes, check `app_id`, `out_trade_no` and the amount against your order,
    /// then answer the bare text `success`. `notification(_:)` does the `app_id` check too and says why
    /// it refuses.
    /// - Parameters:
    ///   - parameters: the notification's form fields, already percent-decoded.
    ///   - rule: which fields the signature covers; `.excludingSignType` for payment notifications and
    ///     `return_url`.
    /// - Returns: `true` only for a valid RSA2 signature; `false` for anything else.
    public func verifyNotification(_ parameters: [String: String], rule: AlipayNotificationRule = .excludingSignType)
        -> Bool
    {
        (try? checkSignature(of: parameters, rule: rule)) != nil
    }

    /// Checks a notification given as its raw `application/x-www-form-urlencoded` body. A body that
    /// does not decode, or that gives a field twice, fails.
    /// - Parameters:
    ///   - formBody: the body as received.
    ///   - rule: which fields the signature covers; `.excludingSignType` for payment notifications and
    ///     `return_url`.
    /// - Returns: `true` only for a valid RSA2 signature; `false` for anything else.
    public func verifyNotification(formBody: String, rule: AlipayNotificationRule = .excludingSignType) -> Bool {
        guard let parameters = NotificationForm.parameters(formBody) else { return false }
        return verifyNotification(parameters, rule: rule)
    }

    private func notification(fields: [String: String], rule: AlipayNotificationRule) throws(AlipayError)
        -> AlipayNotification
    {
        try checkSignature(of: fields, rule: rule)
        guard let appId = fields["app_id"], appId == config.appId else {
            throw .invalidNotification(.wrongAppId(expected: config.appId, received: fields["app_id"]))
        }
        return AlipayNotification(fields: fields)
    }

    /// Throws `invalidNotification` unless `sign` is Alipay's RSA2 signature of `fields` by `rule`.
    private func checkSignature(of fields: [String: String], rule: AlipayNotificationRule) throws(AlipayError) {
        guard let sign = fields["sign"], !sign.isEmpty else { throw .invalidNotification(.missingSignature) }
        if let signType = fields["sign_type"], signType != "RSA2" {
            throw .invalidNotification(.unknownSignType(signType))
        }
        guard let raw = Base64.decode(sign) else { throw .invalidNotification(.invalidSignature) }
        let signature = _RSA.Signing.RSASignature(rawRepresentation: raw)
        let digest = SHA256.hash(data: NotificationForm.signContent(fields, rule: rule))
        // Notifications name no certificate: any Alipay key the client trusts may have signed it.
        let keys = verifier.keyring?.allKeys ?? [verifier.alipayPublicKey]
        guard keys.contains(where: { $0.isValidSignature(signature, for: digest, padding: .insecurePKCS1v1_5) })
        else { throw .invalidNotification(.invalidSignature) }
    }
}

/// The form body Alipay POSTs to `notify_url`.
package enum NotificationForm {
    /// The fields, decoded once; `nil` when a part is malformed or a field is given twice.
    package static func parameters(_ body: String) -> [String: String]? {
        try? fields(body)
    }

    /// The fields, decoded once.
    /// - Throws: `invalidNotification`: `malformedForm` for an empty body or a malformed part,
    ///   `duplicateField` for a field given twice.
    package static func fields(_ body: String) throws(AlipayError) -> [String: String] {
        var fields: [String: String] = [:]
        fields.reserveCapacity(32)
        var duplicate: String?
        let malformed = FormEncoding.forEachPair(in: body) { name, value in
            guard fields.updateValue(value, forKey: name) == nil else {
                duplicate = name
                return false
            }
            return true
        }
        if let malformed { throw .invalidNotification(.malformedForm(part: malformed)) }
        if let duplicate { throw .invalidNotification(.duplicateField(name: duplicate)) }
        guard !fields.isEmpty else { throw .invalidNotification(.malformedForm(part: 0)) }
        return fields
    }

    /// What the signature covers: the non-empty fields but `sign` (and by `.excludingSignType` `sign_type`),
    /// sorted by name, as `name=value` joined by `&`.
    package static func signContent(_ fields: [String: String], rule: AlipayNotificationRule) -> [UInt8] {
        var signed: [V2SignedParameters.Parameter] = []
        signed.reserveCapacity(fields.count)
        for (name, value) in fields
        where !value.isEmpty && name != "sign" && (rule == .includingSignType || name != "sign_type") {
            signed.append(V2SignedParameters.Parameter(name: name, value: value))
        }
        signed.sort { V2SignedParameters.Parameter.namePrecedes($0.name, $1.name) }
        return signed.signedText
    }
}
