// swift-tools-version:6.0
import Foundation
import PackageDescription

/// A path dependency is named after its directory, so the root package's identity depends on the checkout.
let root = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

// Measures the runtime in release mode (from this directory):
// - `swift run -c release runtime-bench`: crypto, signing, verification and calls with the gateway in process;
// - `swift run -c release gen-floor`: the floor under generation (libyaml parsing the specs, writing
//   the output files from memory);
// - `swift run -c release client-bench`: the client process's own CPU time per call, with the gateway
//   (`bench-gateway`) in a separate process.
let package = Package(
    name: "runtime-bench",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        // client-bench's floor: the same requests POSTed by AsyncHTTPClient itself.
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
    ],
    targets: [
        .target(
            name: "BenchSupport",
            dependencies: [
                .product(name: "AlipayRuntime", package: root),
                .product(name: "AlipayTestGateway", package: root),
            ]
        ),
        .executableTarget(
            name: "runtime-bench",
            dependencies: [
                "BenchSupport",
                .product(name: "AlipayRuntime", package: root),
                // The generated typed payment starts (AlipayTradePageApi, AlipayTradeAppApi).
                .product(name: "AlipayTrade", package: root),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .executableTarget(name: "bench-gateway", dependencies: ["BenchSupport"]),
        .systemLibrary(name: "CYamlBench", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .executableTarget(name: "gen-floor", dependencies: ["CYamlBench"]),
        .executableTarget(
            name: "client-bench",
            dependencies: [
                // Not linked in: built first, so that client-bench finds it next to itself.
                "bench-gateway",
                "BenchSupport",
                .product(name: "AlipayRuntime", package: root),
                .product(name: "AlipayAsyncHTTPClient", package: root),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
    ]
)
