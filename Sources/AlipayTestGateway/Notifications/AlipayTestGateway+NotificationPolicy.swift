import AlipayRuntime

extension AlipayTestGateway {
    /// How the gateway delivers notifications to a trade's `notify_url`: when it retries, how much
    /// faster than Alipay, and over which transport.
    ///
    /// Alipay POSTs a notification, then again after each wait of its schedule (4 m, 10 m, 10 m, 1 h,
    /// 2 h, 6 h, 15 h: eight attempts over about a day) until the body it reads back is exactly
    /// `success`. A test divides those waits by `timeCompression`.
    public struct NotificationPolicy: Sendable {
        /// Alipay's waits between one attempt and the next.
        public static let alipayRetryDelays: [Duration] = [
            .seconds(4 * 60), .seconds(10 * 60), .seconds(10 * 60), .seconds(3600), .seconds(2 * 3600),
            .seconds(6 * 3600), .seconds(15 * 3600),
        ]

        /// The waits between attempts before compression; one attempt more than there are waits.
        public var retryDelays: [Duration] = alipayRetryDelays
        /// How many times faster than real time the waits pass: `60_000` makes 4 minutes 4 ms. At least 1.
        public var timeCompression: Double = 1
        /// How long one attempt may take before it counts as unanswered.
        public var attemptTimeout: Duration = .seconds(5)
        /// What the notifications are POSTed with: by default `URLSession`, on the runtime's session
        /// without a `URLCache` (`URLSessionTransport.uncachedSession`), so that `stop()` can cancel
        /// deliveries safely on Linux.
        public var transport: any HTTPTransport = URLSessionTransport()

        /// Alipay's schedule in real time, over `URLSession`.
        public init() {}

        /// Alipay's schedule, `timeCompression` times faster.
        public init(timeCompression: Double) {
            self.timeCompression = timeCompression
        }

        /// The wait before attempt `attempt` (2 or more), compressed; `nil` once the schedule is over.
        func delay(before attempt: Int) -> Duration? {
            guard attempt >= 2, attempt - 2 < retryDelays.count else { return nil }
            return retryDelays[attempt - 2] / max(timeCompression, 1)
        }
    }
}
