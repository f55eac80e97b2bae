import Foundation

/// Which parameters a notification's signature covers.
public enum AlipayNotificationRule: Sendable, Hashable {
    /// Payment notifications and `return_url` parameters (Java's `rsaCheckV1`): every parameter but
    /// `sign` and `sign_type`.
    case v1
    /// Other messages (Java's `rsaCheckV2`): every parameter but `sign`.
    case v2
}

extension AlipayClient {
    /// Checks an asynchronous notification (`notify_url` callback) or `return_url` parameters.
    ///
    /// Drops `sign` (and, by the v1 rule, `sign_type`) and empty values, sorts the rest by key, joins
    /// `key=value` with `&`, and checks `sign` as SHA256withRSA (RSA2) with Alipay's public key, or in
    /// certificate mode with the key of Alipay's certificate. After it passes, check `app_id`,
    /// `out_trade_no` and the amount against your order, then answer the bare text `success`.
    /// - Parameters:
    ///   - parameters: the notification's form fields, already percent-decoded.
    ///   - rule: which fields the signature covers; `.v1` for payment notifications and `return_url`.
    /// - Returns: `true` only for a valid RSA2 signature; `false` for anything else.
    public func verifyNotification(_ parameters: [String: String], rule: AlipayNotificationRule = .v1) -> Bool {
        guard let signature = parameters["sign"], !signature.isEmpty else { return false }
        if let signType = parameters["sign_type"], signType != "RSA2" { return false }
        let content =
            parameters
            .filter { $0.key != "sign" && (rule == .v2 || $0.key != "sign_type") && !$0.value.isEmpty }
            .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            .map { "\($0.key)=\($0.value)" }
            .joined(separator: "&")
        return RSASignature.isValid(signature, for: Data(content.utf8), key: verifier.alipayPublicKey)
    }

    /// Checks a notification given as its raw `application/x-www-form-urlencoded` body. A body that
    /// does not decode, or that gives a field twice, fails.
    /// - Parameters:
    ///   - formBody: the body as received.
    ///   - rule: which fields the signature covers; `.v1` for payment notifications and `return_url`.
    public func verifyNotification(formBody: String, rule: AlipayNotificationRule = .v1) -> Bool {
        guard let parameters = NotificationForm.parameters(formBody) else { return false }
        return verifyNotification(parameters, rule: rule)
    }
}

/// The form body Alipay POSTs to `notify_url`.
package enum NotificationForm {
    /// The fields, decoded once; `nil` when a part is malformed or a field is given twice.
    package static func parameters(_ body: String) -> [String: String]? {
        guard let pairs = FormEncoding.decodePairs(body) else { return nil }
        var parameters: [String: String] = [:]
        for pair in pairs {
            guard parameters.updateValue(pair.value, forKey: pair.name) == nil else { return nil }
        }
        return parameters
    }
}
