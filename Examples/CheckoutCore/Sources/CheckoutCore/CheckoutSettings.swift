import AlipayTrade
import Foundation

/// What the app needs to run, read from the environment.
///
/// | variable | meaning | when unset |
/// | --- | --- | --- |
/// | `ALIPAY_APP_ID` | the app id | required |
/// | `ALIPAY_APP_PRIVATE_KEY` | the app private key, PEM or base64 (or `ALIPAY_APP_PRIVATE_KEY_FILE`, a path) | required |
/// | `ALIPAY_PUBLIC_KEY` | Alipay's public key, PEM or base64 (or `ALIPAY_PUBLIC_KEY_FILE`) | required |
/// | `ALIPAY_ENVIRONMENT` | `sandbox` or `production` | `sandbox` |
/// | `ALIPAY_SERVER_URL` | Alipay's API base URL, overriding the environment's (the test gateway's `baseURL`) | the environment's |
/// | `PUBLIC_BASE_URL` | where Alipay and browsers reach this app: `notify_url` and `return_url` start with it | `http://<HOST>:<port the app listens on>` |
/// | `HOST`, `PORT` | where the app listens | `127.0.0.1`, `8080` |
public struct CheckoutSettings: Sendable {
    /// The app's Alipay configuration: app id, keys, environment or server URL.
    public var alipay: AlipayConfig
    /// The address the app listens on.
    public var host: String
    /// The port the app listens on; `0` for a free one.
    public var port: Int
    /// Where Alipay and browsers reach the app, if not at `host`/`port`.
    public var publicBaseURL: URL?

    /// Settings given in code rather than read from the environment.
    public init(alipay: AlipayConfig, host: String = "127.0.0.1", port: Int = 8080, publicBaseURL: URL? = nil) {
        self.alipay = alipay
        self.host = host
        self.port = port
        self.publicBaseURL = publicBaseURL
    }

    /// Reads the variables above.
    /// - Throws: `MissingSetting` naming what is missing or unreadable.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        throws -> CheckoutSettings
    {
        func value(_ name: String) throws -> String {
            if let text = environment[name], !text.isEmpty { return text }
            if let path = environment[name + "_FILE"], !path.isEmpty {
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    throw MissingSetting(description: "\(name)_FILE: cannot read \(path)")
                }
                return text
            }
            throw MissingSetting(description: "\(name) (or \(name)_FILE) is not set")
        }
        var config = AlipayConfig(
            appId: try value("ALIPAY_APP_ID"), privateKey: try value("ALIPAY_APP_PRIVATE_KEY"),
            alipayPublicKey: try value("ALIPAY_PUBLIC_KEY"))
        switch environment["ALIPAY_ENVIRONMENT"] ?? "sandbox" {
        case "sandbox": config.environment = .sandbox
        case "production": config.environment = .production
        case let other: throw MissingSetting(description: "ALIPAY_ENVIRONMENT is \(other), not sandbox or production")
        }
        if let serverURL = try url(environment["ALIPAY_SERVER_URL"], "ALIPAY_SERVER_URL") {
            config.serverURL = serverURL
        }
        guard let port = Int(environment["PORT"] ?? "8080"), (0...65535).contains(port) else {
            throw MissingSetting(description: "PORT is not a port number")
        }
        return CheckoutSettings(
            alipay: config, host: environment["HOST"] ?? "127.0.0.1", port: port,
            publicBaseURL: try url(environment["PUBLIC_BASE_URL"], "PUBLIC_BASE_URL"))
    }

    /// `fromEnvironment()`, or, when a setting is missing or unreadable, which one on standard error after
    /// `program` and exit status 1.
    public static func fromEnvironmentOrExit(program: String) -> CheckoutSettings {
        do {
            return try fromEnvironment()
        } catch {
            FileHandle.standardError.write(Data("\(program): \(error)\n".utf8))
            exit(1)
        }
    }

    private static func url(_ text: String?, _ name: String) throws -> URL? {
        guard let text, !text.isEmpty else { return nil }
        guard let url = URL(string: text), url.scheme != nil, url.host != nil else {
            throw MissingSetting(description: "\(name) is not an absolute URL")
        }
        return url
    }

    /// A setting that is missing or unreadable.
    public struct MissingSetting: Error, CustomStringConvertible {
        /// Which setting, and what is wrong with it.
        public var description: String
    }
}
