/// The text a v2 signature covers: parameters sorted by key (byte order), `k=v` joined by `&`, values
/// raw, empty values left out. Written independently of the client's signer so that each checks the other.
enum V2SignContent {
    /// Requests (and `rsaCheckV2` messages): everything except `sign`.
    static func request(_ parameters: [String: String]) -> String {
        content(parameters, leaving: ["sign"])
    }

    /// Payment notifications (`rsaCheckV1`): everything except `sign` and `sign_type`.
    static func notification(_ parameters: [String: String]) -> String {
        content(parameters, leaving: ["sign", "sign_type"])
    }

    private static func content(_ parameters: [String: String], leaving excluded: Set<String>) -> String {
        parameters
            .filter { !excluded.contains($0.key) && !$0.value.isEmpty }
            .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            .map { "\($0.key)=\($0.value)" }
            .joined(separator: "&")
    }
}
