import CheckoutCore
import HummingbirdCheckout

// Reads the settings from the environment (see CheckoutSettings) and serves until stopped.
let settings = CheckoutSettings.fromEnvironmentOrExit(program: "hummingbird-checkout")
try await CheckoutApplication.make(settings: settings).runService()
