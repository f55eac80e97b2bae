extension AlipayTestGateway {
    /// Every attempt to deliver a notification so far, in the order they were made (refusals of
    /// non-loopback `notify_url`s included).
    public var notificationDeliveries: [NotificationDelivery] {
        get async { await v2State.courier.log }
    }

    /// Waits until the delivery log holds at least `count` attempts, and returns it.
    /// - Throws: `NotificationWaitTimeout` when `timeout` passes first (it holds the log so far).
    public func notificationDeliveries(count: Int, timeout: Duration = .seconds(5)) async throws
        -> [NotificationDelivery]
    {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            let log = await v2State.courier.log
            if log.count >= count { return log }
            guard clock.now < deadline else {
                throw NotificationWaitTimeout(expected: count, timeout: timeout, deliveries: log)
            }
            try await Task.sleep(for: .milliseconds(2))
        }
    }

    /// Fewer notification deliveries than awaited were made in time.
    public struct NotificationWaitTimeout: Error, Sendable, CustomStringConvertible {
        /// How many attempts were awaited.
        public var expected: Int
        /// How long the wait was.
        public var timeout: Duration
        /// The attempts made by then.
        public var deliveries: [NotificationDelivery]

        /// What was awaited and what came.
        public var description: String {
            let made = deliveries.map(\.description).joined(separator: "; ")
            return "\(deliveries.count) of \(expected) notification deliveries within \(timeout): [\(made)]"
        }
    }
}
