import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// How what a transport throws becomes the `AlipayError` a call fails with.
enum TransportFailure {
    /// The error a call fails with when `send` threw `error`.
    ///
    /// Once the deadline has passed the call fails with `.timeout`, unless the transport, stopped at
    /// the deadline, said why it never got through: AsyncHTTPClient retries a refused connection or
    /// a failed TLS handshake until the deadline, and "connection refused" helps more than "timed out".
    static func callError(_ error: any Error, timeout: Duration, deadlinePassed: Bool) -> AlipayError {
        let mapped = alipayError(for: error, timeout: timeout)
        if deadlinePassed {
            guard case .transport? = mapped, let mapped else { return .timeout(timeout) }
            return mapped
        }
        return mapped ?? .transport(reason: "the call was cancelled")
    }

    /// The `AlipayError` for `error`, or `nil` when it only says that the transfer was cancelled.
    private static func alipayError(for error: any Error, timeout: Duration) -> AlipayError? {
        switch error {
        case let error as AlipayError:
            return error
        case is CancellationError:
            return nil
        case let error as URLError where error.code == .cancelled:
            return nil
        case let error as URLError where error.code == .timedOut:
            return .timeout(timeout)
        case let error as URLError:
            // The URL may hold tokens in its query, so only the code is reported.
            return .transport(reason: "URLError \(error.code.rawValue)")
        default:
            return .transport(reason: "\(type(of: error))")
        }
    }
}
