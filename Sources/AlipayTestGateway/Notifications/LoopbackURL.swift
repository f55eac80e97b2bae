import Foundation

/// A `notify_url` the gateway may POST to: `http` or `https` on this machine alone (`127.0.0.0/8`,
/// `::1` or `localhost`), so that a test can never reach out to a real server.
enum LoopbackURL {
    /// The URL, or why it is refused.
    static func check(_ text: String) -> Result<URL, Refusal> {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host else {
            return .failure(Refusal(reason: "notify_url \(text) is not an absolute URL"))
        }
        guard scheme == "http" || scheme == "https" else {
            return .failure(Refusal(reason: "notify_url \(text) is not http or https"))
        }
        guard isLoopback(host) else {
            return .failure(
                Refusal(
                    reason: "notify_url host \(host) is not a loopback address; the test gateway delivers only to "
                        + "127.0.0.0/8, ::1 or localhost"))
        }
        return .success(url)
    }

    /// Whether `host` (as `URL.host` gives it) names this machine.
    static func isLoopback(_ host: String) -> Bool {
        let name = host.lowercased()
        if name == "localhost" || name == "::1" || name == "[::1]" { return true }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4,
            octets.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } && UInt8($0) != nil })
        else { return false }
        return octets[0] == "127"
    }

    /// Why a URL is refused.
    struct Refusal: Error {
        var reason: String
    }
}
