/// Bounds one exchange with a transport by a deadline: connect, send, wait and receive together.
///
/// The transport's `send` races a sleep of `timeout`; the first to finish cancels the other. The
/// group then waits for `send` to stop, so a transport that honours cancellation has really ended
/// the transfer when the call returns.
enum CallDeadline {
    /// What `send` ended with, and whether the deadline passed before it did.
    struct Outcome: Sendable {
        var result: Result<AlipayHTTPResponse, any Error>
        var deadlinePassed: Bool
    }

    private enum Event: Sendable {
        case sent(Result<AlipayHTTPResponse, any Error>)
        case deadline
        /// The sleep was cancelled: the caller's task was.
        case interrupted
    }

    static func run(
        timeout: Duration,
        _ send: @escaping @Sendable () async throws -> AlipayHTTPResponse
    ) async -> Outcome {
        await withTaskGroup(of: Event.self) { group in
            group.addTask {
                do {
                    return .sent(.success(try await send()))
                } catch {
                    return .sent(.failure(error))
                }
            }
            group.addTask {
                do {
                    try await Task.sleep(for: timeout)
                    return .deadline
                } catch {
                    return .interrupted
                }
            }
            var deadlinePassed = false
            while let event = await group.next() {
                switch event {
                case .sent(let result):
                    group.cancelAll()
                    return Outcome(result: result, deadlinePassed: deadlinePassed)
                case .deadline:
                    deadlinePassed = true
                    group.cancelAll()
                case .interrupted:
                    continue
                }
            }
            // Unreachable: the send task always reports.
            return Outcome(result: .failure(CancellationError()), deadlinePassed: deadlinePassed)
        }
    }
}
