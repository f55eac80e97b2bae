import AlipayRuntime
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// What `AsyncHTTPClientTransport` throws for an error of AsyncHTTPClient or SwiftNIO.
///
/// Reasons name the host and port, never the URL's path or query, and never quote an error's own
/// description, which may carry header values or the URL.
enum NIOFailure {
    static func thrown(for error: any Error, timeout: Duration, endpoint: String, maximumResponseBytes: Int)
        -> any Error
    {
        switch error {
        case is CancellationError:
            return CancellationError()
        case let error as HTTPClientError where error == .cancelled:
            return CancellationError()
        case let error as HTTPClientError where error == .deadlineExceeded:
            return AlipayError.timeout(timeout)
        case let error as HTTPClientError:
            return AlipayError.transport(reason: reason(for: error, endpoint: endpoint))
        case let error as NIOConnectionError:
            return AlipayError.transport(reason: reason(for: error, endpoint: endpoint))
        case let error as IOError:
            return AlipayError.transport(reason: reason(forErrno: error.errnoCode, endpoint: endpoint))
        case let error as ChannelError:
            return AlipayError.transport(reason: reason(for: error, endpoint: endpoint))
        case is NIOSSLError, is NIOSSLExtraError, is BoringSSLError:
            return AlipayError.transport(reason: "TLS handshake with \(endpoint) failed (\(type(of: error)))")
        case is NIOTooManyBytesError:
            return AlipayError.transport(
                reason: "the answer from \(endpoint) is larger than \(maximumResponseBytes) bytes")
        default:
            return AlipayError.transport(reason: "\(type(of: error)) talking to \(endpoint)")
        }
    }

    private static func reason(for error: NIOConnectionError, endpoint: String) -> String {
        if error.dnsAError != nil || error.dnsAAAAError != nil, error.connectionErrors.isEmpty {
            return "cannot resolve host \(error.host)"
        }
        for failure in error.connectionErrors {
            if let ioError = failure.error as? IOError {
                return reason(forErrno: ioError.errnoCode, endpoint: endpoint)
            }
            if let channelError = failure.error as? ChannelError {
                return reason(for: channelError, endpoint: endpoint)
            }
        }
        return "cannot connect to \(endpoint)"
    }

    private static func reason(for error: ChannelError, endpoint: String) -> String {
        switch error {
        case .connectTimeout: "connecting to \(endpoint) timed out"
        case .eof, .ioOnClosedChannel, .alreadyClosed, .outputClosed: "\(endpoint) closed the connection"
        default: "the connection to \(endpoint) failed (ChannelError)"
        }
    }

    private static func reason(forErrno code: CInt, endpoint: String) -> String {
        switch code {
        case ECONNREFUSED: "connection refused by \(endpoint)"
        case ETIMEDOUT: "connecting to \(endpoint) timed out"
        case EHOSTUNREACH, ENETUNREACH: "\(endpoint) is unreachable"
        case ECONNRESET, EPIPE: "\(endpoint) reset the connection"
        default: "network error talking to \(endpoint) (errno \(code))"
        }
    }

    private static func reason(for error: HTTPClientError, endpoint: String) -> String {
        switch error {
        case .connectTimeout: "connecting to \(endpoint) timed out"
        case .tlsHandshakeTimeout: "TLS handshake with \(endpoint) timed out"
        case .remoteConnectionClosed: "\(endpoint) closed the connection before answering"
        case .readTimeout: "\(endpoint) sent nothing within the HTTP client's read timeout"
        case .writeTimeout: "the request could not be written to \(endpoint) within the HTTP client's write timeout"
        case .getConnectionFromPoolTimeout: "no connection to \(endpoint) became free in time"
        case .socksHandshakeTimeout, .httpProxyHandshakeTimeout: "the proxy handshake for \(endpoint) timed out"
        case .invalidProxyResponse, .proxyAuthenticationRequired: "the proxy refused the connection to \(endpoint)"
        case .alreadyShutdown: "the HTTPClient has been shut down"
        case .redirectLimitReached, .redirectCycleDetected: "\(endpoint) redirected too often"
        case .invalidURL, .emptyHost, .emptyScheme: "the URL for \(endpoint) is not valid"
        default: "AsyncHTTPClient failed talking to \(endpoint)"
        }
    }
}
