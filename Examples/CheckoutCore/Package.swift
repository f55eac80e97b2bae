// swift-tools-version:6.0
import PackageDescription

// The checkout logic the example shops share, apart from any web framework: orders, the Alipay calls,
// notifications and settings. HummingbirdCheckout and VaporCheckout depend on it by path and add only
// their routes.
let package = Package(
    name: "checkout-core",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CheckoutCore", targets: ["CheckoutCore"])
    ],
    dependencies: [
        .package(name: "alipay-swift", path: "../..")
    ],
    targets: [
        .target(
            name: "CheckoutCore",
            dependencies: [.product(name: "AlipayTrade", package: "alipay-swift")]
        )
    ]
)
