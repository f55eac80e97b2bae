import Foundation

/// Learns the Alipay certificates Alipay rotates to (certificate mode).
///
/// A response signed by a certificate the keyring does not know triggers one download of it (through
/// `alipay.open.app.alipaycert.download`); it is kept only if it chains to the configured root
/// bundle. Concurrent calls for one SN share one download, and after a failed one the SN is not
/// tried again for `retryInterval`, so a hostile or broken answer cannot cause a download per call.
package actor CertificateRotation {
    /// Fetches the PEM text of the certificate with an SN.
    package typealias Download = @Sendable (String) async throws(AlipayError) -> String

    private let keyring: AlipayKeyring
    private let rootBundlePEM: String
    private let retryInterval: Duration
    private var trust: Result<AlipayCertificateTrust, AlipayError>?
    private var downloads: [String: Task<Bool, Never>] = [:]
    private var failures: [String: ContinuousClock.Instant] = [:]
    /// How many downloads were started; for tests and diagnostics.
    package private(set) var downloadCount = 0

    package init(keyring: AlipayKeyring, rootBundlePEM: String, retryInterval: Duration = .seconds(60)) {
        self.keyring = keyring
        self.rootBundlePEM = rootBundlePEM
        self.retryInterval = retryInterval
    }

    /// Makes the key of `sn` known if it can be; returns whether it is known now.
    package func learn(_ sn: String, download: @escaping Download) async -> Bool {
        if keyring.key(for: sn) != nil { return true }
        if let failed = failures[sn], ContinuousClock.now - failed < retryInterval { return false }
        if let running = downloads[sn] { return await running.value }
        downloadCount += 1
        let task = Task { await self.fetch(sn, download: download) }
        downloads[sn] = task
        let learned = await task.value
        downloads[sn] = nil
        if !learned { failures[sn] = ContinuousClock.now }
        return learned
    }

    private func fetch(_ sn: String, download: Download) async -> Bool {
        guard let trust = currentTrust(), let pem = try? await download(sn),
            let certificate = try? await trust.verify(certificateChainPEM: pem, at: Date()),
            certificate.sn == sn,
            let key = try? RSAKeyParser.publicKey(der: certificate.publicKeyDER, field: "the downloaded certificate")
        else { return false }
        keyring.add(key, for: sn)
        return true
    }

    private func currentTrust() -> AlipayCertificateTrust? {
        if trust == nil {
            trust = Result { () throws(AlipayError) in try AlipayCertificateTrust(rootBundlePEM: rootBundlePEM) }
        }
        return try? trust?.get()
    }
}
