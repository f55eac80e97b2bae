import Foundation

/// Which Alipay a configuration talks to: production or the sandbox.
///
/// The sandbox is a separate Alipay with its own app: its app id, app keys and Alipay public key
/// (or certificates) come from the sandbox page of the open platform console, and production
/// credentials do not work there (nor sandbox ones in production).
public enum AlipayEnvironment: Sendable, Hashable, CustomStringConvertible {
    /// `https://openapi.alipay.com` (v2: `https://openapi.alipay.com/gateway.do`).
    case production
    /// `https://openapi-sandbox.dl.alipaydev.com` (v2: `https://openapi-sandbox.dl.alipaydev.com/gateway.do`).
    case sandbox

    /// The v3 gateway; the v2 gateway is this URL followed by `/gateway.do`.
    public var serverURL: URL {
        switch self {
        case .production: URL(string: "https://openapi.alipay.com")!
        case .sandbox: URL(string: "https://openapi-sandbox.dl.alipaydev.com")!
        }
    }

    /// The environment's name.
    public var description: String {
        switch self {
        case .production: "production"
        case .sandbox: "sandbox"
        }
    }
}
