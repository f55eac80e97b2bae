/// Why a notification (or `return_url` parameters) was refused, in `AlipayError.invalidNotification`.
///
/// Values taken from the refused message are cut to 64 characters, and none is a key or a signature.
public enum AlipayNotificationRefusal: Sendable, Hashable, CustomStringConvertible {
    /// The body is not `application/x-www-form-urlencoded` text: empty, or the `&`-separated part at
    /// `part` (counted from 1) has a malformed `%XX` escape or bytes that are not UTF-8.
    case malformedForm(part: Int)
    /// A field is given twice, so it is unclear which value was signed.
    case duplicateField(name: String)
    /// There is no `sign` field, or it is empty.
    case missingSignature
    /// `sign_type` is not `RSA2`, the only one accepted.
    case unknownSignType(String)
    /// `app_id` is not the configured app's (`nil`: the message has none).
    case wrongAppId(expected: String, received: String?)
    /// `sign` is not Alipay's signature of the fields: a changed field, the wrong Alipay public key
    /// or certificate, or a message Alipay did not send.
    case invalidSignature

    /// Why the notification was refused, and what to check.
    public var description: String {
        switch self {
        case .malformedForm(let part) where part == 0:
            return "the form body is empty"
        case .malformedForm(let part):
            return "part \(part) of the form body has a malformed %XX escape or is not UTF-8; "
                + "pass the body exactly as received"
        case .duplicateField(let name):
            return "the field \(Self.excerpt(name)) is given twice"
        case .missingSignature:
            return "it has no sign field; pass the whole form body Alipay posted"
        case .unknownSignType(let value):
            return "sign_type is \(Self.excerpt(value)), but only RSA2 is accepted; "
                + "set the app's signing to RSA2 in the open platform console"
        case .wrongAppId(let expected, let received?):
            return "app_id is \(Self.excerpt(received)), not the configured \(expected); "
                + "it is for another app (a sandbox app against production, or the other way round?)"
        case .wrongAppId(let expected, nil):
            return "it has no app_id (the configured one is \(expected))"
        case .invalidSignature:
            return "sign does not match the fields: a field was changed, or the configured Alipay public key "
                + "(or certificate) is not the one of this app and environment"
        }
    }

    /// At most 64 characters of text taken from a refused message, control characters replaced.
    static func excerpt(_ text: String) -> String {
        let cut = text.count > 64 ? text.prefix(64) + "…" : Substring(text)
        return "'" + String(cut.map { $0.isASCII && ($0.asciiValue! < 0x20 || $0.asciiValue! == 0x7F) ? "?" : $0 })
            + "'"
    }
}
