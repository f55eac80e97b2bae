import AlipayRuntime
import Foundation

/// A registered route: method, path pattern with `{name}` segments, and its handler.
struct GatewayRoute: Sendable {
    let method: AlipayHTTPMethod
    let pattern: String
    let handler: @Sendable (AlipayTestGateway.Request) async throws -> AlipayTestGateway.Response

    /// The path parameters when `path` matches, else `nil`.
    func match(method: AlipayHTTPMethod, path: String) -> [String: String]? {
        guard method == self.method else { return nil }
        let expected = pattern.split(separator: "/", omittingEmptySubsequences: false)
        let actual = path.split(separator: "/", omittingEmptySubsequences: false)
        guard expected.count == actual.count else { return nil }
        var parameters: [String: String] = [:]
        for (want, got) in zip(expected, actual) {
            if want.hasPrefix("{") && want.hasSuffix("}") && !got.isEmpty {
                parameters[String(want.dropFirst().dropLast())] = String(got).removingPercentEncoding ?? String(got)
            } else if want != got {
                return nil
            }
        }
        return parameters
    }
}
