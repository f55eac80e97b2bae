import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The default transport, on `URLSession`.
public struct URLSessionTransport: HTTPTransport {
    private let session: URLSession

    /// - Parameter session: the session to use; configure proxies and connection limits on it.
    public init(session: URLSession = .shared) {
        self.session = session
    }

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
            (data, response) = try await session.data(for: urlRequest)
        } catch let error as URLError where error.code == .timedOut {
            throw AlipayError.timeout(timeout)
        } catch let error as URLError {
            // The URL may hold tokens in its query, so only the code is reported.
            throw AlipayError.transport(reason: "URLError \(error.code.rawValue) (\(error.code.name))")
        }
        guard let http = response as? HTTPURLResponse else {
            throw AlipayError.transport(reason: "the response is not HTTP")
        }
        return AlipayHTTPResponse(status: http.statusCode, headers: Self.headers(of: http), body: data)
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

extension Duration {
    var timeInterval: TimeInterval {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

extension URLError.Code {
    fileprivate var name: String {
        switch self {
        case .cannotConnectToHost: "cannot connect to host"
        case .cannotFindHost: "cannot find host"
        case .networkConnectionLost: "connection lost"
        case .notConnectedToInternet: "not connected to the internet"
        case .secureConnectionFailed: "TLS handshake failed"
        case .serverCertificateUntrusted: "server certificate untrusted"
        case .cancelled: "cancelled"
        case .badServerResponse: "bad server response"
        default: "network error"
        }
    }
}
