import Foundation
import Testing

/// gen writes an SDK, with module names of the user's choosing, into a package of the user's own that
/// depends on this one for AlipayRuntime; the README's manifest for such a package builds it without
/// warnings, and this package's manifest is not touched.
@Suite(
    .enabled(
        if: TestPaths.buildsAUserPackage,
        "builds a package of its own and its dependencies from scratch, for minutes: `make user-package` runs it (CI does)"
    ),
    .enabled(
        if: TestPaths.canBuildADependentPackage,
        "swift is not on PATH or this package's dependencies are not checked out, so no other package can resolve it"
    ))
struct UserPackageTests {
    /// One family (`alipay.trade`), two operations: a request with required fields and a value list,
    /// a query parameter, a response model, and a model no operation uses (the shared module's).
    static let spec = Snippet.spec(
        paths: """

              /v3/alipay/trade/precreate:
                post:
                  tags: [alipay.trade]
                  operationId: alipay.trade.precreate
                  summary: Creates an order and returns the code a buyer scans.
                  requestBody:
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/OrderRequest'
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/OrderResult'
              /v3/alipay/trade/query:
                get:
                  tags: [alipay.trade]
                  operationId: alipay.trade.query
                  summary: Reads an order back.
                  parameters:
                    - {name: out_trade_no, in: query, required: true, schema: {type: string}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/OrderResult'
            """,
        schemas: """
                OrderRequest:
                  type: object
                  required: [out_trade_no, total_amount, channel]
                  properties:
                    out_trade_no: {type: string, description: The shop's own order number.}
                    total_amount: {type: string, example: '9.90'}
                    channel: {type: string, enum: [COUNTER, KIOSK]}
                OrderResult:
                  type: object
                  properties:
                    trade_no: {type: string}
                    qr_code: {type: string}
                ShopNote:
                  type: object
                  properties:
                    text: {type: string}
            """)

    /// The README's manifest for a package of one's own, depending on this checkout.
    private func readmeManifest() throws -> String {
        let readme = try String(
            contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let blocks = readme.components(separatedBy: "```swift\n").dropFirst().map {
            $0.components(separatedBy: "\n```").first ?? ""
        }
        let manifest = try #require(
            blocks.first { $0.contains("// gen: families begin") },
            "the README has no manifest with the gen marker lines")
        #expect(manifest.contains(#".package(name: "alipay-swift", path: "../alipay-swift")"#))
        return manifest.replacingOccurrences(
            of: #"path: "../alipay-swift""#, with: "path: \"\(TestPaths.packageRoot.path)\"")
    }

    @Test(.timeLimit(.minutes(20)))
    func aPackageOfTheUsersOwnBuildsBesideThisOne() async throws {
        let start = ContinuousClock.now
        let package = try TestPaths.temporaryFolder("shop-sdk")
        defer { try? FileManager.default.removeItem(at: package) }
        try readmeManifest().write(
            to: package.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        let specs = package.appendingPathComponent("Specs")
        try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
        try Self.spec.write(to: specs.appendingPathComponent("shop.yaml"), atomically: true, encoding: .utf8)
        let ownManifest = try Data(contentsOf: TestPaths.packageManifest)

        let generated = package.appendingPathComponent("Generated")
        let gen = try ProcessResult.run(
            TestPaths.genExecutable, [specs.path, "--module-prefix", "Shop", "--output", generated.path])
        #expect(gen.status == 0, "\(gen.standardError)")
        #expect(try Data(contentsOf: TestPaths.packageManifest) == ownManifest, "this package's manifest changed")
        let manifest = try String(contentsOf: package.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(manifest.contains("let sdkFamilies: [String] = [\n    \"ShopTrade\",\n]\n"), "\(manifest)")

        let files = FolderSnapshot(generated).files.mapValues { String(decoding: $0, as: UTF8.self) }
        let sources = files.keys.filter { $0.hasPrefix("Sources/") }.sorted()
        #expect(
            sources.allSatisfy {
                $0.hasPrefix("Sources/ShopSharedModels/") || $0.hasPrefix("Sources/ShopTrade/")
                    || $0.hasPrefix("Sources/ShopSDK/")
            }, "\(sources)")
        let alipayImports = files.values.flatMap { $0.split(separator: "\n") }.filter { $0.contains("import Alipay") }
        // Only the runtime keeps its name: re-exported by the shared models, and imported with the API
        // that generated code alone uses.
        #expect(
            Set(alipayImports) == ["@_exported import AlipayRuntime", "@_spi(Generated) import AlipayRuntime"],
            "only the runtime keeps its name")
        #expect(files["Examples/AlipayTradeApiExamples.swift"]?.contains("\nimport ShopSDK\n") == true)
        #expect(files["Sources/ShopSDK/ShopSDK.docc/ShopSDK.md"]?.hasPrefix("# ``ShopSDK``") == true)

        // The build gets the lowest priority, so that tests with deadlines running meanwhile keep the cores.
        let build = try await ProcessResult.finished(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["nice", "-n", "19", "swift", "build", "--package-path", package.path], timeLimit: .seconds(15 * 60))
        let log = build.standardOutput + build.standardError
        #expect(build.status == 0, "\(log.suffix(6000))")
        // Warnings in the package's own files: the generated sources, examples and the manifest.
        let ownWarnings = log.split(separator: "\n").filter {
            $0.contains("warning: ") && $0.contains(package.path) && !$0.contains("/.build/")
        }
        #expect(ownWarnings.isEmpty, "\(ownWarnings)")
        #expect(log.contains("Compiling ShopTrade"), "\(log.suffix(3000))")
        print("UserPackageTests: generated and built a package of one's own in \(ContinuousClock.now - start)")
    }
}

extension TestPaths {
    /// Whether `swift build` can run on a package that depends on this one: the toolchain is on PATH,
    /// and this package's dependencies resolved here (so they resolve for the other package too).
    /// Whether `ALIPAY_BUILD_USER_PACKAGE=1` asks for the build of a user's package (`make user-package`).
    static var buildsAUserPackage: Bool {
        ProcessInfo.processInfo.environment["ALIPAY_BUILD_USER_PACKAGE"] == "1"
    }

    static var canBuildADependentPackage: Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let hasSwift = path.split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/swift")
        }
        let checkout = packageRoot.appendingPathComponent(".build/checkouts/swift-crypto")
        return hasSwift && FileManager.default.fileExists(atPath: checkout.path)
    }
}

/// `--module-prefix` takes a Swift identifier only, and says so before anything is written.
@Suite struct ModulePrefixCommandTests {
    @Test(arguments: ["", "2Shop", "My-Shop"])
    func aPrefixThatIsNotAnIdentifierIsRefused(prefix: String) throws {
        let parent = try TestPaths.temporaryFolder("parent")
        defer { try? FileManager.default.removeItem(at: parent) }
        let output = parent.appendingPathComponent("sdk")
        let result = try ProcessResult.run(
            TestPaths.genExecutable, [TestPaths.specs.path, "--output", output.path, "--module-prefix", prefix])
        #expect(result.status == 1)
        #expect(
            result.standardError.hasPrefix("error: module prefix '\(prefix)' is not a Swift identifier"),
            "\(result.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
    }
}
