import Foundation
import HummingbirdCheckout

// Reads the settings from the environment (see CheckoutSettings) and serves until stopped.
let settings: CheckoutSettings
do {
    settings = try CheckoutSettings.fromEnvironment()
} catch {
    FileHandle.standardError.write(Data("hummingbird-checkout: \(error)\n".utf8))
    exit(1)
}
try await CheckoutApplication.make(settings: settings).runService()
