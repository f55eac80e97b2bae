import Foundation
import _CryptoExtras

/// Alipay's public keys by certificate SN (certificate mode), shared by the v2 and v3 verifiers.
///
/// It starts with the configured Alipay certificate; rotation adds the certificates it has
/// downloaded and checked. Reads and writes are serialised by a lock, so verifying stays synchronous.
package final class AlipayKeyring: @unchecked Sendable {
    /// The SN of the configured Alipay certificate.
    package let configuredSN: String
    /// The key of the configured Alipay certificate.
    package let configuredKey: _RSA.Signing.PublicKey
    private let lock = NSLock()
    private var keys: [String: _RSA.Signing.PublicKey]

    package init(configuredSN: String, configuredKey: _RSA.Signing.PublicKey) {
        self.configuredSN = configuredSN
        self.configuredKey = configuredKey
        keys = [configuredSN: configuredKey]
    }

    /// The key of the certificate with `sn`, if known.
    package func key(for sn: String) -> _RSA.Signing.PublicKey? {
        lock.withLock { keys[sn] }
    }

    /// Every known key: the configured certificate's first, then those learned, by SN. For messages
    /// that name no certificate, such as notifications.
    package var allKeys: [_RSA.Signing.PublicKey] {
        let learned = lock.withLock { keys.filter { $0.key != configuredSN } }
        return [configuredKey] + learned.sorted { $0.key < $1.key }.map(\.value)
    }

    /// Keeps `key` as the key of the certificate with `sn`.
    package func add(_ key: _RSA.Signing.PublicKey, for sn: String) {
        lock.withLock { keys[sn] = key }
    }
}
