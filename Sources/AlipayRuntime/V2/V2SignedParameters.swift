/// The parameters of one v2 request with their signature: what `gateway.do` receives.
package struct V2SignedParameters: Sendable, Hashable {
    /// One parameter as signed and sent.
    package struct Parameter: Sendable, Hashable {
        package let name: String
        package let value: String
    }

    /// Every parameter that is sent, `sign` included, sorted by name (byte order).
    package let parameters: [Parameter]
    /// The text that was signed: every non-empty parameter but `sign`, sorted, `name=value` joined by `&`.
    package let signContent: String
    /// The base64 RSA2 signature, also among `parameters` as `sign`.
    package let signature: String
    /// Whether `biz_content` is AES ciphertext.
    package let isEncrypted: Bool

    /// The value of `name`, if sent.
    package subscript(name: String) -> String? {
        parameters.first { $0.name == name }?.value
    }

    /// The parameters Alipay's Java SDK puts in the URL query (the protocol's common ones); the
    /// others go in the form body or the page form's hidden fields.
    package static let queryParameterNames: Set<String> = [
        "method", "version", "app_id", "sign_type", "terminal_type", "terminal_info", "notify_url", "return_url",
        "charset", "target_app_id", "encrypt_type", "app_cert_sn", "alipay_root_cert_sn", "timestamp", "sign",
        "format", "auth_token", "alipay_sdk", "prod_code",
    ]

    /// The parameters for the URL query, sorted.
    package var queryParameters: [Parameter] {
        parameters.filter { Self.queryParameterNames.contains($0.name) }
    }

    /// The parameters for the body or the form's fields, sorted.
    package var bodyParameters: [Parameter] {
        parameters.filter { !Self.queryParameterNames.contains($0.name) }
    }
}

extension V2SignedParameters.Parameter {
    /// Whether `first` sorts before `second` byte by byte (UTF-8), as Alipay sorts parameter names.
    package static func namePrecedes(_ first: String, _ second: String) -> Bool {
        let compared = first.utf8.withContiguousStorageIfAvailable { left in
            second.utf8.withContiguousStorageIfAvailable { right in left.lexicographicallyPrecedes(right) }
        }
        return (compared ?? nil) ?? first.utf8.lexicographicallyPrecedes(second.utf8)
    }
}

extension [V2SignedParameters.Parameter] {
    /// The parameters as they are, `name=value` joined by `&`, in the order given: the text a v2
    /// signature covers.
    package var signedText: [UInt8] {
        var content: [UInt8] = []
        content.reserveCapacity(reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count + 2 })
        for (index, parameter) in enumerated() {
            if index > 0 { content.append(UInt8(ascii: "&")) }
            content.append(contentsOf: parameter.name.utf8)
            content.append(UInt8(ascii: "="))
            content.append(contentsOf: parameter.value.utf8)
        }
        return content
    }

    /// The parameters form-encoded and joined by `&`.
    package var formEncoded: String {
        FormEncoding.encode(map { ($0.name, $0.value) })
    }
}
