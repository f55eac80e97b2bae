import CheckoutCore
import Hummingbird

/// Answers a `CheckoutRejection` as an `HTTPError` with its status and message.
struct CheckoutRejectionMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch let rejection as CheckoutRejection {
            throw HTTPError(HTTPResponse.Status(code: rejection.statusCode), message: rejection.message)
        }
    }
}
