// swift-tools-version:6.0
import PackageDescription

// The generated SDK: a library per API family, the models they share, and `AlipaySDK`, which
// re-exports them all. `swift run gen` rewrites the list between the markers.
// gen: families begin
let sdkFamilies: [String] = [
    "AlipayAliosOpen",
    "AlipayAntMerchant",
    "AlipayBoss",
    "AlipayCommerce",
    "AlipayData",
    "AlipayDatadigitalFincloud",
    "AlipayEbpp",
    "AlipayEco",
    "AlipayFund",
    "AlipayIservice",
    "AlipayMarketing",
    "AlipayMerchant",
    "AlipayMobile",
    "AlipayMonitorHeartbeat",
    "AlipayOffline",
    "AlipayOpen",
    "AlipayPcredit",
    "AlipaySecurity",
    "AlipaySocial",
    "AlipaySystem",
    "AlipayTrade",
    "AlipayUser",
    "AlipayZhimaCredit",
    "AlipayZhimaCustomer",
    "AlipayZhimaMerchant",
    "AlipayZolozAuthentication",
]
// gen: families end

let sdkTargets: [Target] =
    [
        .target(
            name: "AlipaySharedModels", dependencies: ["AlipayRuntime"], path: "Generated/Sources/AlipaySharedModels")
    ]
    + sdkFamilies.map { family in
        .target(name: family, dependencies: ["AlipaySharedModels"], path: "Generated/Sources/\(family)")
    }
    + [
        .target(
            name: "AlipaySDK",
            dependencies: ["AlipaySharedModels"] + sdkFamilies.map { .target(name: $0) },
            path: "Generated/Sources/AlipaySDK"
        )
        // The usage examples of Generated/docs (Generated/Examples) are compiled by the tests
        // (GeneratedExamplesTests), against the modules above.
    ]

let package = Package(
    name: "alipay-swift",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "AlipaySDK", targets: ["AlipaySDK"]),
        .library(name: "AlipayRuntime", targets: ["AlipayRuntime"]),
        .library(name: "AlipayTestGateway", targets: ["AlipayTestGateway"]),
        .library(name: "AlipayAsyncHTTPClient", targets: ["AlipayAsyncHTTPClient"]),
        .executable(name: "gen", targets: ["gen"]),
    ] + sdkFamilies.map { .library(name: $0, targets: [$0]) },
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-asn1.git", from: "1.7.4"),
        .package(url: "https://github.com/apple/swift-certificates.git", from: "1.21.1"),
        .package(url: "https://github.com/swhitty/FlyingFox.git", from: "0.27.1"),
        // `swift package generate-documentation`: DocC for the runtime and the SDK.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
    ],
    targets: [
        // Generator: YAML -> OpenAPI document -> SDK model -> rendered files.
        .systemLibrary(
            name: "CYaml",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "GenYAML", dependencies: ["CYaml"]),
        // OpenAPI Overlay 1.0.0 documents, applied to the YAML trees before the OpenAPI stage reads them.
        .target(name: "GenOverlay", dependencies: ["GenYAML"]),
        .target(name: "GenOpenAPI", dependencies: ["GenYAML"]),
        // `gen import`: an official spec's facts, without Alipay's prose, as YAML.
        .target(name: "GenImport", dependencies: ["GenYAML", "GenOpenAPI"]),
        .target(name: "GenSDKModel", dependencies: ["GenOpenAPI"]),
        // Mustache templates parsed once and rendered over plain values.
        .target(name: "GenTemplate"),
        // The templates ship with gen as this target's resources: `alipay-swift_GenRender.resources`
        // beside the executable holds Templates/.
        .target(
            name: "GenRender", dependencies: ["GenOpenAPI", "GenSDKModel", "GenTemplate"],
            resources: [.copy("../../Templates")]),
        .target(
            name: "GenPipeline",
            dependencies: ["GenYAML", "GenOverlay", "GenOpenAPI", "GenSDKModel", "GenRender"]),
        // libFuzzer entry point over the YAML, OpenAPI and SDK model stages, the template parser, the
        // importer and the overlay reader (GEN_FUZZ_TARGET); replays files otherwise.
        .executableTarget(
            name: "GenFuzz",
            dependencies: ["GenYAML", "GenOverlay", "GenOpenAPI", "GenImport", "GenSDKModel", "GenTemplate"]),
        // libFuzzer entry point over the v2 response reader and the notification form parser; replays files otherwise.
        .executableTarget(name: "RuntimeFuzz", dependencies: ["AlipayRuntime"]),
        .executableTarget(
            name: "gen",
            dependencies: [
                "GenPipeline", "GenImport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Runtime: the v3 protocol that the generated SDK stands on.
        .target(
            name: "AlipayRuntime",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The AsyncHTTPClient transport, a product of its own so that only its users build AsyncHTTPClient.
        .target(
            name: "AlipayAsyncHTTPClient",
            dependencies: [
                "AlipayRuntime",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        // The README's "Take a payment" examples, compiled and run by the tests.
        .target(name: "AlipayPaymentExamples", dependencies: ["AlipaySDK"]),
        .target(
            name: "AlipayTestGateway",
            dependencies: [
                "AlipayRuntime",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),

        // Tests mirror the sources.
        .testTarget(name: "GenYAMLTests", dependencies: ["GenYAML"]),
        .testTarget(name: "GenOpenAPITests", dependencies: ["GenOpenAPI"]),
        .testTarget(name: "GenOverlayTests", dependencies: ["GenOverlay", "GenYAML"]),
        .testTarget(name: "GenImportTests", dependencies: ["GenImport", "GenYAML"]),
        .testTarget(name: "GenTemplateTests", dependencies: ["GenTemplate"]),
        .testTarget(name: "GenSDKModelTests", dependencies: ["GenSDKModel", "GenOpenAPI", "GenYAML", "GenRender"]),
        .testTarget(name: "GenPipelineTests", dependencies: ["GenPipeline", "GenSDKModel", "GenOpenAPI", "GenYAML"]),
        .testTarget(
            name: "AlipayRuntimeTests",
            dependencies: [
                "AlipayRuntime", "AlipayTestGateway", "AlipayAsyncHTTPClient",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .testTarget(
            name: "AlipaySDKTests",
            dependencies: [
                "AlipaySDK", "AlipayPaymentExamples", "AlipayTestGateway", "AlipayAsyncHTTPClient",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ] + sdkTargets
)
