import CheckoutCore
import Vapor

/// Answers a `CheckoutRejection` as an `Abort` with its status and message.
struct CheckoutRejectionMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let rejection as CheckoutRejection {
            throw Abort(HTTPResponseStatus(statusCode: rejection.statusCode), reason: rejection.message)
        }
    }
}
