import FlyingSocks
import Foundation

/// A loopback TCP server that answers whatever arrives, a TLS ClientHello included, with a plain-text
/// HTTP 400 and hangs up: a server that does not speak TLS, for testing handshake failures.
final class PlainTextListener: @unchecked Sendable {
    let port: UInt16
    private let socket: Socket
    private let lock = NSLock()
    private var isStopped = false

    init() throws {
        socket = try Socket(domain: AF_INET, type: .stream)
        try socket.bind(to: sockaddr_in.inet(ip4: "127.0.0.1", port: 0))
        try socket.listen()
        guard case .ip4(_, let port) = try socket.sockname() else { throw SocketError.makeFailed("GetSockName") }
        self.port = port
        Thread { [self] in serve() }.start()
    }

    /// Stops accepting: wakes the blocked `accept` with one last connection, then closes.
    func stop() {
        lock.withLock { isStopped = true }
        if let waker = try? Socket(domain: AF_INET, type: .stream) {
            try? waker.connect(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port))
            try? waker.close()
        }
    }

    private func serve() {
        while let (file, _) = try? socket.accept() {
            let client = Socket(file: file)
            if lock.withLock({ isStopped }) {
                try? client.close()
                break
            }
            _ = try? client.read(atMost: 4096)  // the ClientHello: hanging up on unread bytes would reset
            _ = try? client.write(
                Data("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8))
            try? client.close()
        }
        try? socket.close()
    }
}
