import Logging

/// The debug line one call leaves in `AlipayConfig.logger`: what was called, how it ended, how long
/// it took.
///
/// Metadata: `alipay.operation` (`POST /v3/…` or the v2 method), `alipay.path` (never the query,
/// which carries v2 signatures and user tokens), `http.status`, `alipay.trace_id`,
/// `alipay.request_id`, `alipay.duration_ms` and, for a failure, `alipay.error`: the name of the
/// `AlipayError` case. Never a key, a signature, a body or an `app_auth_token`.
struct CallLog {
    private let logger: Logger?
    private let operation: String
    private let path: String
    private let requestId: String?
    private let start: ContinuousClock.Instant

    /// Starts timing; the texts are made only when `logger` logs at debug level.
    init(
        logger: Logger?,
        operation: @autoclosure () -> String,
        path: @autoclosure () -> String,
        requestId: @autoclosure () -> String?
    ) {
        guard let logger, logger.logLevel <= .debug else {
            self.logger = nil
            self.operation = ""
            self.path = ""
            self.requestId = nil
            self.start = .now
            return
        }
        self.logger = logger
        self.operation = operation()
        self.path = path()
        self.requestId = requestId()
        self.start = .now
    }

    /// Logs the end of the call: `response` if one arrived, `error` if it failed.
    func finish(response: AlipayHTTPResponse?, error: AlipayError?) {
        guard let logger else { return }
        let elapsed = ContinuousClock.now - start
        logger.debug(
            error == nil ? "Alipay call succeeded" : "Alipay call failed",
            metadata: metadata(response: response, error: error, elapsed: elapsed))
    }

    private func metadata(response: AlipayHTTPResponse?, error: AlipayError?, elapsed: Duration) -> Logger.Metadata {
        var metadata: Logger.Metadata = [
            "alipay.operation": "\(operation)",
            "alipay.path": "\(path)",
            "alipay.duration_ms": "\(elapsed.wholeMilliseconds)",
        ]
        if let requestId { metadata["alipay.request_id"] = "\(requestId)" }
        if let response {
            metadata["http.status"] = "\(response.status)"
            if let traceId = response.headers["alipay-trace-id"] { metadata["alipay.trace_id"] = "\(traceId)" }
        }
        if let error { metadata["alipay.error"] = "\(error.caseName)" }
        return metadata
    }

    /// The path of `requestURI`, without its query.
    static func path(of requestURI: String) -> String {
        String(requestURI.prefix { $0 != "?" })
    }
}

extension AlipayError {
    /// The name of the case, e.g. `invalidSignature`; nothing it carries.
    var caseName: String {
        switch self {
        case .api: "api"
        case .missingSignatureHeader: "missingSignatureHeader"
        case .invalidSignature: "invalidSignature"
        case .missingSignatureField: "missingSignatureField"
        case .unknownAlipayCertificate: "unknownAlipayCertificate"
        case .decryptionFailed: "decryptionFailed"
        case .timeout: "timeout"
        case .transport: "transport"
        case .invalidResponse: "invalidResponse"
        case .invalidConfiguration: "invalidConfiguration"
        case .requestEncoding: "requestEncoding"
        case .invalidNotification: "invalidNotification"
        }
    }
}
