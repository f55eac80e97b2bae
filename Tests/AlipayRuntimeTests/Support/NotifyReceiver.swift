import FlyingFox
import Foundation

/// A merchant's `notify_url` on loopback: records every request and answers each with the next body of
/// a script (`success` once the script is used up), optionally after a delay.
final class NotifyReceiver: Sendable {
    /// One request as it arrived.
    struct Received: Sendable {
        var time: Date
        var method: String
        var contentType: String?
        var body: String
    }

    /// `http://127.0.0.1:<port>/alipay/notify`.
    let url: URL
    private let server: HTTPServer
    private let task: Task<Void, any Error>
    private let log: Log

    private actor Log {
        var received: [Received] = []
        var answers: [String]

        init(answers: [String]) {
            self.answers = answers
        }

        func record(_ request: Received) -> String {
            received.append(request)
            return answers.isEmpty ? "success" : answers.removeFirst()
        }
    }

    private init(url: URL, server: HTTPServer, task: Task<Void, any Error>, log: Log) {
        self.url = url
        self.server = server
        self.task = task
        self.log = log
    }

    /// Starts listening on a free loopback port.
    static func start(answers: [String] = [], delay: Duration = .zero) async throws -> NotifyReceiver {
        let log = Log(answers: answers)
        let server = HTTPServer(
            address: try sockaddr_in.inet(ip4: "127.0.0.1", port: 0), timeout: 30, logger: .disabled,
            handler: ClosureHTTPHandler { request in
                let body = String(decoding: try await request.bodyData, as: UTF8.self)
                let answer = await log.record(
                    Received(
                        time: Date(), method: request.method.rawValue, contentType: request.headers[.contentType],
                        body: body))
                if delay > .zero { try await Task.sleep(for: delay) }
                return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain"], body: Data(answer.utf8))
            })
        let task = Task { try await server.run() }
        try await server.waitUntilListening(timeout: 5)
        guard case .ip4(_, let port) = await server.listeningAddress,
            let url = URL(string: "http://127.0.0.1:\(port)/alipay/notify")
        else {
            await server.stop()
            task.cancel()
            throw URLError(.cannotConnectToHost)
        }
        return NotifyReceiver(url: url, server: server, task: task, log: log)
    }

    /// Every request so far, in arrival order.
    var received: [Received] {
        get async { await log.received }
    }

    func stop() async {
        await server.stop(timeout: 0.25)
        task.cancel()
    }
}
