import Foundation

extension AlipayTestGateway {
    /// One attempt to deliver a notification to a `notify_url`, as the gateway's delivery log keeps it.
    public struct NotificationDelivery: Sendable, CustomStringConvertible {
        /// What came of an attempt.
        public enum Outcome: Sendable, Hashable {
            /// The receiver answered with this HTTP status and body.
            case answered(status: Int, body: String)
            /// No answer: the connection failed or the attempt timed out.
            case failed(reason: String)
            /// Not sent: the `notify_url` is not a loopback address (or not a URL), and the test gateway
            /// contacts nothing else.
            case refused(reason: String)
        }

        /// Which notification this is, counting from 1 over the gateway's life; retries share it.
        public var notification: Int
        /// Which attempt at that notification, counting from 1.
        public var attempt: Int
        /// When the attempt was made.
        public var time: Date
        /// Where it went, as the trade gave it.
        public var notifyURL: String
        /// The body POSTed (`application/x-www-form-urlencoded; charset=utf-8`), the same on every attempt.
        public var formBody: String
        /// The form's fields, decoded once.
        public var fields: [String: String]
        /// What came of it.
        public var outcome: Outcome

        /// The HTTP status answered, if any.
        public var status: Int? {
            guard case .answered(let status, _) = outcome else { return nil }
            return status
        }

        /// The body answered, if any.
        public var answer: String? {
            guard case .answered(_, let body) = outcome else { return nil }
            return body
        }

        /// Whether the receiver acknowledged it: the body read is exactly `success`, which ends the retries.
        public var isAcknowledged: Bool {
            answer == "success"
        }

        /// `#notification.attempt trade_status out_trade_no → outcome`.
        public var description: String {
            let trade = "\(fields["trade_status"] ?? "?") \(fields["out_trade_no"] ?? "?")"
            switch outcome {
            case .answered(let status, let body): return "#\(notification).\(attempt) \(trade) → \(status) \(body)"
            case .failed(let reason): return "#\(notification).\(attempt) \(trade) → failed: \(reason)"
            case .refused(let reason): return "#\(notification).\(attempt) \(trade) → refused: \(reason)"
            }
        }
    }
}
