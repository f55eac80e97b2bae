import AlipayRuntime

extension AlipayTestGateway {
    /// Who the gateway expects to call it and how it signs its answers.
    public struct Configuration: Sendable {
        /// The only app id accepted.
        public var appId: String
        /// Key mode: the app public key (SPKI PEM or base64) that request signatures are checked with.
        public var appPublicKey: String?
        /// Certificate mode: the same certificates the client uses. Requests are checked with the
        /// app certificate's key and must carry its SN and the root SN; responses carry `alipay-sn`.
        public var certificates: AlipayCertificates?
        /// The "Alipay" private key responses are signed with (PEM or base64, PKCS#1 or PKCS#8).
        public var alipayPrivateKey: String
        /// Certificate mode, optional: the PEM text of the Alipay certificate `certificates` was read from,
        /// served by v2 `alipay.open.app.alipaycert.download` like the certificates rotated to later.
        public var alipayCertificate: String?
        /// The AES key (base64) for requests sent with `alipay-encrypt-type: AES`.
        public var encryptKey: String?
        /// How far a request timestamp may be from the gateway's clock.
        public var timestampTolerance: Duration = .seconds(300)
        /// The IPv4 address to listen on.
        public var host: String = "127.0.0.1"
        /// The port to listen on; 0 picks a free one.
        public var port: UInt16 = 0
        /// How notifications reach `notify_url`: Alipay's retry schedule in real time unless a test
        /// compresses it, e.g. `.init(timeCompression: 60_000)`.
        public var notificationPolicy = NotificationPolicy()

        /// Key mode.
        public init(appId: String, appPublicKey: String, alipayPrivateKey: String, encryptKey: String? = nil) {
            self.appId = appId
            self.appPublicKey = appPublicKey
            self.alipayPrivateKey = alipayPrivateKey
            self.encryptKey = encryptKey
        }

        /// Certificate mode.
        public init(
            appId: String, certificates: AlipayCertificates, alipayPrivateKey: String, encryptKey: String? = nil
        ) {
            self.appId = appId
            self.certificates = certificates
            self.alipayPrivateKey = alipayPrivateKey
            self.encryptKey = encryptKey
        }
    }
}
