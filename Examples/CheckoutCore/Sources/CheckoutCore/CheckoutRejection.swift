/// A request the shop refuses, with the HTTP status and message the routes answer it with.
public struct CheckoutRejection: Error, Sendable, CustomStringConvertible {
    /// The HTTP status code: 400, 404 or 409.
    public var statusCode: Int
    /// What was wrong with the request.
    public var message: String

    /// A refusal with `statusCode` and `message`.
    public init(statusCode: Int, message: String) {
        self.statusCode = statusCode
        self.message = message
    }

    /// The request is malformed (400).
    public static func badRequest(_ message: String) -> CheckoutRejection {
        CheckoutRejection(statusCode: 400, message: message)
    }

    /// There is no such order (404).
    public static func notFound(_ message: String) -> CheckoutRejection {
        CheckoutRejection(statusCode: 404, message: message)
    }

    /// The order is not in a state that allows the request (409).
    public static func conflict(_ message: String) -> CheckoutRejection {
        CheckoutRejection(statusCode: 409, message: message)
    }

    /// `statusCode` and `message`.
    public var description: String {
        "\(statusCode): \(message)"
    }
}
