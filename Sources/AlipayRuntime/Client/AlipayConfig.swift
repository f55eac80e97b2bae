import Foundation
import Logging

/// Everything a client needs to talk to Alipay: who the app is, its keys, and where to send requests.
///
/// Two modes: key mode (`alipayPublicKey`) and certificate mode (`certificates`). The description,
/// debug description and reflection of a configuration never show the private key or `encryptKey`.
public struct AlipayConfig: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The app id, e.g. `2021000000000001`.
    public var appId: String
    /// The app private key: PKCS#1 or PKCS#8, PEM or bare base64.
    public var privateKey: String
    /// Alipay's public key (key mode): SubjectPublicKeyInfo as PEM or bare base64.
    public var alipayPublicKey: String?
    /// The certificates (certificate mode).
    public var certificates: AlipayCertificates?
    /// The base64 AES key for content encryption; `nil` sends plain JSON.
    public var encryptKey: String?
    /// Production (the default) or the sandbox. Setting it points `serverURL` and `gatewayURL` at
    /// that environment's gateways, undoing URLs set by hand before; set them afterwards to override.
    /// The sandbox needs the sandbox app's own app id and keys.
    public var environment: AlipayEnvironment {
        didSet {
            serverURLOverride = nil
            gatewayURLOverride = nil
        }
    }
    /// The v3 gateway; unless set, the environment's (`https://openapi.alipay.com` in production,
    /// `https://openapi-sandbox.dl.alipaydev.com` in the sandbox).
    public var serverURL: URL {
        get { serverURLOverride ?? environment.serverURL }
        set { serverURLOverride = newValue }
    }
    private var serverURLOverride: URL?
    /// The v2 gateway (`gateway.do`) that `client.v2` calls and page pay forms post to; unless set,
    /// `serverURL` followed by `/gateway.do` (`https://openapi.alipay.com/gateway.do` by default),
    /// so pointing `serverURL` at a test gateway moves both.
    public var gatewayURL: URL {
        get { gatewayURLOverride ?? serverURL.appendingPathComponent("gateway.do") }
        set { gatewayURLOverride = newValue }
    }
    private var gatewayURLOverride: URL?
    /// The deadline for a call's exchange with the gateway, from connecting to the last byte of the
    /// answer; when it passes the transfer is stopped and the call fails with `AlipayError.timeout`.
    /// `AlipayRequestOptions.timeout` overrides it per call. (A certificate download in certificate
    /// mode is an exchange of its own.)
    public var timeout: Duration
    /// Where each call leaves one line at debug level: operation or v2 method, path, HTTP status,
    /// trace id, request id, duration and, for a failure, the `AlipayError` case. Never a key, a
    /// signature, a body, a query or an `app_auth_token`. `nil`, the default, logs nothing.
    public var logger: Logger?
    /// The `User-Agent` header.
    public var userAgent: String

    /// The production gateway.
    public static let defaultServerURL = URL(string: "https://openapi.alipay.com")!
    /// The `User-Agent` sent unless configured otherwise.
    public static let defaultUserAgent = "alipay-swift/1.0"

    /// Key mode: responses are verified with `alipayPublicKey`.
    public init(appId: String, privateKey: String, alipayPublicKey: String) {
        self.init(appId: appId, privateKey: privateKey, alipayPublicKey: alipayPublicKey, certificates: nil)
    }

    /// Certificate mode: requests carry `app_cert_sn` and `alipay-root-cert-sn`; responses are verified
    /// with the key of Alipay's certificate.
    public init(appId: String, privateKey: String, certificates: AlipayCertificates) {
        self.init(appId: appId, privateKey: privateKey, alipayPublicKey: nil, certificates: certificates)
    }

    private init(appId: String, privateKey: String, alipayPublicKey: String?, certificates: AlipayCertificates?) {
        self.appId = appId
        self.privateKey = privateKey
        self.alipayPublicKey = alipayPublicKey
        self.certificates = certificates
        self.encryptKey = nil
        self.environment = .production
        self.timeout = .seconds(15)
        self.userAgent = Self.defaultUserAgent
        self.logger = nil
    }

    /// The app id, the mode and the URLs; never a key.
    public var description: String {
        let mode = certificates.map { "certificate (app_cert_sn \($0.appCertificateSerialNumber))" } ?? "public key"
        return "AlipayConfig(appId: \(appId), mode: \(mode), environment: \(environment), "
            + "serverURL: \(serverURL.absoluteString), "
            + "gatewayURL: \(gatewayURL.absoluteString), "
            + "encryption: \(encryptKey == nil ? "off" : "AES"), timeout: \(timeout.formattedSeconds), "
            + "privateKey: <redacted>)"
    }

    /// The same text as `description`: never a key.
    public var debugDescription: String { description }

    /// Dumps show what `description` shows, never a key.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "appId": appId, "privateKey": "<redacted>", "alipayPublicKey": alipayPublicKey as Any,
                "certificates": certificates as Any, "encryptKey": encryptKey == nil ? "nil" : "<redacted>",
                "environment": environment, "serverURL": serverURL, "gatewayURL": gatewayURL, "timeout": timeout,
                "userAgent": userAgent,
            ],
            displayStyle: .struct
        )
    }
}
