import Foundation
import Testing

/// The code generated for ``TradeSpec`` compiles against the runtime in Swift 6 mode without warnings and
/// is formatted; string literals are enum values; a request without a required property does not compile.
@Suite(
    .enabled(
        if: TestPaths.hasRuntimeModule,
        "the AlipayRuntime module is not built beside the tests, so the generated code is not compiled"))
struct TradeSpecCompileTests {
    @Test func generatedCodeAndExamplesCompile() async throws {
        let result = try await typecheck(
            use: """
                func use() -> AlipayTradeCreateModel {
                    let status: AlipayTradeCreateModel.TradeStatus = "TRADE_SUCCESS"
                    let extend = ExtendParams(hbFqNum: "3", timeoutExpress: 1, status: "NEW_VALUE")
                    return AlipayTradeCreateModel(
                        outTradeNo: "1", subject: "s", totalAmount: "1.00", tradeStatus: status, extendParams: extend,
                        goods: Goods(), goodsDetail: [], operator: "o")
                }
                """)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(arguments: [
        #"_ = ExtendParams(hbFqNum: "3", timeoutExpress: 1)"#,
        "_ = ExtendParams()",
        "_ = { (api: AlipayTradeApi) in try await api.create() }",
    ])
    func aRequestWithoutARequiredPropertyDoesNotCompile(statement: String) async throws {
        let result = try await typecheck(use: "func use() {\n    \(statement)\n}\n")
        #expect(result.status != 0)
        #expect(result.output.contains("use.swift:4:"), "\(result.output)")
    }

    @Test func generatedCodeIsFormatted() async throws {
        let folder = try write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await run(
            "swift", "format", "lint", "--strict", "--configuration",
            TestPaths.packageRoot.appendingPathComponent(".swift-format").path, "--recursive", folder.path)
        #expect(result.status == 0, "\(result.output)")
    }

    /// Typechecks the generated API file and examples with `use`, as one module over the runtime.
    private func typecheck(use: String) async throws -> (status: Int32, output: String) {
        let folder = try write()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ("import AlipayRuntime\n\n" + use).write(
            to: folder.appendingPathComponent("use.swift"), atomically: true, encoding: .utf8)
        let sources = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            folder.appendingPathComponent($0).path
        }
        let flags = ["-typecheck", "-wmo", "-swift-version", "6", "-warnings-as-errors", "-module-name", "TradeCheck"]
        return try await run(["swiftc"] + flags + ["-I", TestPaths.builtModules.path] + sources)
    }

    /// The generated sources (but their module's re-exports) and examples, importing the runtime instead of
    /// the SDK's modules, in a new folder.
    private func write() throws -> URL {
        let files = try Snippet.generate(TradeSpec.yaml)
        let folder = try TestPaths.temporaryFolder("trade-check")
        let header = "or the templates and regenerate.\n"
        let sources = files.filter { $0.key.hasPrefix("Sources/") && $0.key.hasSuffix(".swift") }
            .filter { !$0.key.hasSuffix("/Exports.swift") }
        #expect(sources.count == 2)
        for (index, source) in sources.values.enumerated() {
            try source.replacingOccurrences(of: header, with: header + "\nimport AlipayRuntime\n")
                .write(to: folder.appendingPathComponent("source\(index).swift"), atomically: true, encoding: .utf8)
        }
        let examples = try #require(files["Examples/AlipayTradeApiExamples.swift"])
        try examples.replacingOccurrences(of: "import AlipaySDK", with: "import AlipayRuntime")
            .write(to: folder.appendingPathComponent("examples.swift"), atomically: true, encoding: .utf8)
        return folder
    }

    private func run(_ arguments: String...) async throws -> (status: Int32, output: String) {
        try await run(arguments)
    }

    /// Runs a tool; what it printed, standard output then standard error.
    private func run(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        let result = try await ProcessResult.finished(URL(fileURLWithPath: "/usr/bin/env"), arguments)
        return (result.status, result.standardOutput + result.standardError)
    }
}
