import Foundation

extension AlipayClient {
    /// Checks an asynchronous notification (`notify_url` callback) with Alipay's v2 rules.
    ///
    /// Drops `sign` and `sign_type` (and empty values), sorts the rest by key, joins `key=value`
    /// with `&`, and checks `sign` as SHA256withRSA (RSA2) with Alipay's public key, or in
    /// certificate mode with the key of Alipay's certificate.
    /// - Parameter parameters: the notification's form fields, already percent-decoded.
    /// - Returns: `true` only for a valid RSA2 signature; `false` for anything else.
    public func verifyNotification(_ parameters: [String: String]) -> Bool {
        guard let signature = parameters["sign"], !signature.isEmpty else { return false }
        if let signType = parameters["sign_type"], signType != "RSA2" { return false }
        let content =
            parameters
            .filter { $0.key != "sign" && $0.key != "sign_type" && !$0.value.isEmpty }
            .sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value)" }
            .joined(separator: "&")
        return RSASignature.isValid(signature, for: Data(content.utf8), key: verifier.alipayPublicKey)
    }

    /// Checks a notification given as its raw `application/x-www-form-urlencoded` body.
    public func verifyNotification(formBody: String) -> Bool {
        var parameters: [String: String] = [:]
        for pair in formBody.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.formDecoded(parts[0]) else { return false }
            guard let value = Self.formDecoded(parts.count > 1 ? parts[1] : "") else { return false }
            guard parameters.updateValue(value, forKey: name) == nil else { return false }
        }
        return verifyNotification(parameters)
    }

    private static func formDecoded(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
