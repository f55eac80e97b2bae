// swift-tools-version:6.0
import Foundation
import PackageDescription

/// A path dependency is named after its directory, so the root package's identity depends on the checkout.
let root = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

// Measures the runtime in release mode: `swift run -c release runtime-bench` (from this directory).
let package = Package(
    name: "runtime-bench",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
    ],
    targets: [
        .executableTarget(
            name: "runtime-bench",
            dependencies: [
                .product(name: "AlipayRuntime", package: root),
                .product(name: "AlipayTestGateway", package: root),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        )
    ]
)
