import FlyingSocks
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A socket pool that turns on `TCP_NODELAY` for every socket it waits on.
///
/// The HTTP server writes a response's head and body in two writes; with Nagle's algorithm on, the
/// second waits for the client's delayed ACK, about 40 ms per request. Accepted sockets inherit the
/// option from the listening socket on Linux, and each connection socket gets it when it first waits.
struct NoDelaySocketPool<Base: AsyncSocketPool>: AsyncSocketPool {
    let base: Base

    func prepare() async throws {
        try await base.prepare()
    }

    func run() async throws {
        try await base.run()
    }

    func suspendSocket(_ socket: Socket, untilReadyFor events: Socket.Events) async throws {
        // Fails harmlessly on non-TCP sockets.
        try? socket.setValue(true, for: BoolSocketOption(level: Int32(IPPROTO_TCP), name: Int32(TCP_NODELAY)))
        try await base.suspendSocket(socket, untilReadyFor: events)
    }
}
