import AlipayRuntime
import Foundation
import Testing

/// The v2 vectors computed with Alipay's official SDK, read from `../shared/reference/v2-vectors`.
enum V2Vectors {
    static let directory = Fixtures.packageRoot.appendingPathComponent("../shared/reference/v2-vectors").standardized

    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("keys.json").path)
    }

    static let absent: Comment = "skipped: ../shared/reference/v2-vectors is not present next to the package"

    static func json(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func keys() throws -> [String: String] {
        try json("keys.json").compactMapValues { $0 as? String }
    }

    /// Key mode with the vectors' keys.
    static func keyModeConfig(pkcs8: Bool = false) throws -> AlipayConfig {
        let keys = try keys()
        return AlipayConfig(
            appId: "2021000000000001",
            privateKey: keys[pkcs8 ? "app_private_key_pkcs8_pem" : "app_private_key_pkcs1_pem"]!,
            alipayPublicKey: keys["alipay_public_key_pem"]!)
    }

    /// Certificate mode with the vectors' throwaway PKI.
    static func certModeConfig() throws -> AlipayConfig {
        let keys = try keys()
        let certificates = try AlipayCertificates(
            appCertificate: keys["app_cert_pem"]!, alipayPublicCertificate: keys["alipay_cert_pem"]!,
            alipayRootCertificate: keys["alipay_root_cert_pem"]!)
        return AlipayConfig(
            appId: "2021000000000001", privateKey: keys["app_private_key_pkcs1_pem"]!, certificates: certificates)
    }
}

extension Dictionary where Key == String, Value == Any {
    func string(_ key: String) throws -> String {
        guard let value = self[key] as? String else { throw VectorError(description: "no string \(key)") }
        return value
    }

    func object(_ key: String) throws -> [String: Any] {
        guard let value = self[key] as? [String: Any] else { throw VectorError(description: "no object \(key)") }
        return value
    }

    func objects(_ key: String) throws -> [[String: Any]] {
        guard let value = self[key] as? [[String: Any]] else { throw VectorError(description: "no list \(key)") }
        return value
    }

    var strings: [String: String] { compactMapValues { $0 as? String } }
}

struct VectorError: Error, CustomStringConvertible {
    var description: String
}
