import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The default transport, on `URLSession`.
///
/// `URLSession`'s own timeout only limits the time between two packets; the client's deadline bounds
/// the whole call and cancels the data task when it passes.
public struct URLSessionTransport: HTTPTransport {
    private let session: URLSession

    /// - Parameter session: the session to use; configure proxies and connection limits on it. By
    ///   default ``uncachedSession``.
    public init(session: URLSession = URLSessionTransport.uncachedSession) {
        self.session = session
    }

    /// The default session: ephemeral, without a `URLCache`. Answers of a signed API are never
    /// cached, and on Linux cancelling a data task of a session that has a cache (as
    /// `URLSession.shared` does) just as it finishes can trap the process in FoundationNetworking;
    /// the client cancels the task when a call's deadline passes.
    public static let uncachedSession: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        return URLSession(configuration: configuration)
    }()

    /// Sends `request` through the session, within `timeout`, and returns the whole answer.
    public func send(_ request: AlipayHTTPRequest, timeout: Duration) async throws -> AlipayHTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method.rawValue
        urlRequest.timeoutInterval = timeout.timeInterval
        for field in request.headers {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name)
        }
        urlRequest.httpBody = request.body
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await fetch(urlRequest)
        } catch let error as URLError {
            throw Self.error(for: error, timeout: timeout, endpoint: request.url.endpoint)
        }
        guard let http = response as? HTTPURLResponse else {
            throw AlipayError.transport(reason: "the response from \(request.url.endpoint) is not HTTP")
        }
        return AlipayHTTPResponse(status: http.statusCode, headers: Self.headers(of: http), body: data)
    }

    /// `session.data(for:)`, cancelled without a deadlock. On Linux, FoundationNetworking's own
    /// `data(for:)` cancels its task from the cancellation handler, which runs under the Swift task's
    /// status lock and waits for the session's queue; when that queue is finishing the same task, it
    /// needs the status lock to resume the caller: each waits for the other, for ever (a test run hung
    /// so: the deadline's task group cancelling while the transfer reported its failure). Here the
    /// task is cancelled from another queue, so the handler returns at once.
    private func fetch(_ request: URLRequest) async throws -> (Data, URLResponse) {
        let pending = PendingDataTask()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let task = session.dataTask(with: request) { data, response, error in
                    if let error {
                        continuation.resume(throwing: error)
                    } else if let response {
                        continuation.resume(returning: (data ?? Data(), response))
                    } else {
                        continuation.resume(throwing: URLError(.badServerResponse))
                    }
                }
                pending.start(task)
            }
        } onCancel: {
            DispatchQueue.global().async { pending.cancel() }
        }
    }

    /// What to throw for `error`. The URL may hold tokens in its query, so only the host and port are named.
    private static func error(for error: URLError, timeout: Duration, endpoint: String) -> any Error {
        let reason: String
        switch error.code {
        case .timedOut: return AlipayError.timeout(timeout)
        case .cancelled: return CancellationError()
        case .cannotConnectToHost: reason = "cannot connect to \(endpoint) (connection refused or unreachable)"
        case .cannotFindHost, .dnsLookupFailed: reason = "cannot resolve host \(endpoint)"
        case .networkConnectionLost: reason = "the connection to \(endpoint) was lost"
        case .notConnectedToInternet: reason = "not connected to the internet"
        case .secureConnectionFailed: reason = "TLS handshake with \(endpoint) failed"
        case .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateHasUnknownRoot,
            .serverCertificateNotYetValid:
            reason = "the TLS certificate of \(endpoint) is not trusted"
        case .badServerResponse: reason = "\(endpoint) sent a response that is not valid HTTP"
        // On Linux a failed handshake is an unknown error whose description is OpenSSL's (never quoted:
        // the error's user info also holds the URL).
        case _ where Self.isTLSFailure(error): reason = "TLS handshake with \(endpoint) failed"
        default: reason = "network error talking to \(endpoint)"
        }
        return AlipayError.transport(reason: "\(reason) (URLError \(error.code.rawValue))")
    }

    private static func isTLSFailure(_ error: URLError) -> Bool {
        guard error.code == .unknown, let detail = error.userInfo[NSLocalizedDescriptionKey] as? String else {
            return false
        }
        return detail.contains("SSL") || detail.contains("TLS")
    }

    private static func headers(of response: HTTPURLResponse) -> AlipayHTTPHeaders {
        var headers = AlipayHTTPHeaders()
        for (name, value) in response.allHeaderFields {
            guard let name = name as? String, let value = value as? String else { continue }
            headers.add(name: name, value: value)
        }
        return headers
    }
}

/// A data task that may be cancelled before it has started: then it starts cancelled.
private final class PendingDataTask: @unchecked Sendable {
    private let lock = NSLock()
    private var task: URLSessionDataTask?
    private var isCancelled = false

    func start(_ task: URLSessionDataTask) {
        let cancelled = lock.withLock {
            self.task = task
            return isCancelled
        }
        task.resume()
        if cancelled {
            task.cancel()
        }
    }

    func cancel() {
        let task = lock.withLock {
            isCancelled = true
            return self.task
        }
        task?.cancel()
    }
}
