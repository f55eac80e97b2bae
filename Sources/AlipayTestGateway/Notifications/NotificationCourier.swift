import AlipayRuntime
import Foundation

/// Delivers notifications as Alipay does: POSTs the signed form to the trade's `notify_url`, again
/// after each wait of the policy until the body read back is exactly `success` or the schedule is
/// over, and logs every attempt. Only loopback URLs are contacted; others are logged as refused.
///
/// Only the body is judged, as Alipay documents only the seven characters `success`; the status is
/// logged. `stop()` cancels the deliveries under way and waits for them, so none outlives the gateway;
/// an attempt cut short by it is not logged.
actor NotificationCourier {
    typealias Delivery = AlipayTestGateway.NotificationDelivery

    private let policy: AlipayTestGateway.NotificationPolicy
    private(set) var log: [Delivery] = []
    private var runs: [Int: Task<Void, Never>] = [:]
    private var isStopped = false
    /// The log keeps the most recent entries only, so long runs stay bounded.
    private let logLimit = 10_000

    init(policy: AlipayTestGateway.NotificationPolicy) {
        self.policy = policy
    }

    /// Starts delivering notification number `notification` to `notifyURL`; returns at once.
    func send(notification: Int, formBody: String, fields: [String: String], to notifyURL: String) {
        guard !isStopped else { return }
        let letter = Letter(notification: notification, notifyURL: notifyURL, formBody: formBody, fields: fields)
        switch LoopbackURL.check(notifyURL) {
        case .failure(let refusal):
            append(letter.delivery(attempt: 1, time: Date(), outcome: .refused(reason: refusal.reason)))
        case .success(let url):
            runs[notification] = Task { await self.deliver(letter, to: url) }
        }
    }

    /// Logs a notification that could not be made (its signature failed) as a failed first attempt.
    func fail(notification: Int, fields: [String: String], to notifyURL: String, reason: String) {
        guard !isStopped else { return }
        let letter = Letter(notification: notification, notifyURL: notifyURL, formBody: "", fields: fields)
        append(letter.delivery(attempt: 1, time: Date(), outcome: .failed(reason: reason)))
    }

    /// Cancels every delivery under way and waits until each has ended; nothing is sent afterwards.
    func stop() async {
        isStopped = true
        let pending = Array(runs.values)
        runs.removeAll()
        for run in pending { run.cancel() }
        for run in pending { await run.value }
    }

    private func deliver(_ letter: Letter, to url: URL) async {
        var attempt = 1
        while !Task.isCancelled {
            let time = Date()
            let outcome = await post(letter.formBody, to: url)
            if Task.isCancelled { break }
            let delivery = letter.delivery(attempt: attempt, time: time, outcome: outcome)
            append(delivery)
            if delivery.isAcknowledged { break }
            attempt += 1
            guard let delay = policy.delay(before: attempt) else { break }
            do {
                try await Task.sleep(for: delay)
            } catch {
                break
            }
        }
        runs[letter.notification] = nil
    }

    /// One POST, bounded by the policy's attempt timeout as a whole (URLSession's own timeout only
    /// bounds the silence between two packets).
    private nonisolated func post(_ formBody: String, to url: URL) async -> Delivery.Outcome {
        let transport = policy.transport
        let timeout = policy.attemptTimeout
        let request = AlipayHTTPRequest(
            method: .post, url: url,
            headers: ["Content-Type": "application/x-www-form-urlencoded; charset=utf-8"], body: Data(formBody.utf8))
        return await withTaskGroup(of: Delivery.Outcome?.self) { group in
            group.addTask {
                do {
                    let response = try await transport.send(request, timeout: timeout)
                    return .answered(status: response.status, body: String(decoding: response.body, as: UTF8.self))
                } catch {
                    return .failed(reason: Self.reason(error))
                }
            }
            group.addTask {
                do {
                    try await Task.sleep(for: timeout)
                    return .failed(reason: "no answer within \(timeout)")
                } catch {
                    return nil
                }
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first ?? .failed(reason: "cancelled")
        }
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? AlipayError { return error.description }
        if error is CancellationError { return "cancelled" }
        return String(describing: error)
    }

    private func append(_ delivery: Delivery) {
        // Dropping a quarter at a time keeps appends cheap once the log is full.
        if log.count >= logLimit { log.removeFirst(logLimit / 4) }
        log.append(delivery)
    }

    /// One notification, the same on every attempt.
    private struct Letter: Sendable {
        var notification: Int
        var notifyURL: String
        var formBody: String
        var fields: [String: String]

        func delivery(attempt: Int, time: Date, outcome: Delivery.Outcome) -> Delivery {
            Delivery(
                notification: notification, attempt: attempt, time: time, notifyURL: notifyURL, formBody: formBody,
                fields: fields, outcome: outcome)
        }
    }
}
