// swift-tools-version:6.0
import PackageDescription

// A shop's checkout on Hummingbird 2 that takes payments with Alipay. It depends on alipay-swift by
// path (this repository), so the library itself never depends on a web framework.
let package = Package(
    name: "hummingbird-checkout",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hummingbird-checkout", targets: ["HummingbirdCheckoutApp"])
    ],
    dependencies: [
        .package(name: "alipay-swift", path: "../.."),
        .package(path: "../CheckoutCore"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
    ],
    targets: [
        // The Hummingbird routes over CheckoutCore's shop, as a library the tests can start.
        .target(
            name: "HummingbirdCheckout",
            dependencies: [
                .product(name: "AlipayTrade", package: "alipay-swift"),
                .product(name: "CheckoutCore", package: "CheckoutCore"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "HummingbirdCheckoutApp",
            dependencies: ["HummingbirdCheckout", .product(name: "CheckoutCore", package: "CheckoutCore")]
        ),
        .testTarget(
            name: "HummingbirdCheckoutTests",
            dependencies: [
                "HummingbirdCheckout",
                .product(name: "CheckoutCore", package: "CheckoutCore"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "AlipayTestGateway", package: "alipay-swift"),
            ]
        ),
    ]
)
