import CheckoutCore
import Vapor
import VaporCheckout

// Reads the settings from the environment (see CheckoutSettings) and serves until stopped.
let settings = CheckoutSettings.fromEnvironmentOrExit(program: "vapor-checkout")
let app = try await Application.make(try Environment.detect())
do {
    try CheckoutRoutes.configure(app, settings: settings)
    try await app.execute()
} catch {
    try? await app.asyncShutdown()
    throw error
}
try await app.asyncShutdown()
