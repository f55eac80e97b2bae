// swift-tools-version:6.0
import PackageDescription

// A shop's checkout on Vapor 4 that takes payments with Alipay. It depends on alipay-swift by path
// (this repository), so the library itself never depends on a web framework.
let package = Package(
    name: "vapor-checkout",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "vapor-checkout", targets: ["VaporCheckoutApp"])
    ],
    dependencies: [
        .package(name: "alipay-swift", path: "../.."),
        .package(path: "../CheckoutCore"),
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
    ],
    targets: [
        // The Vapor routes over CheckoutCore's shop.
        .target(
            name: "VaporCheckout",
            dependencies: [
                .product(name: "AlipayTrade", package: "alipay-swift"),
                .product(name: "CheckoutCore", package: "CheckoutCore"),
                .product(name: "Vapor", package: "vapor"),
            ]
        ),
        .executableTarget(
            name: "VaporCheckoutApp",
            dependencies: ["VaporCheckout", .product(name: "CheckoutCore", package: "CheckoutCore")]
        ),
    ]
)
