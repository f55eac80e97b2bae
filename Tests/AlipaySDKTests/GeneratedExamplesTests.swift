import Foundation
import Testing

/// The usage examples gen writes beside the SDK (Generated/Examples, the code of Generated/docs) compile
/// against the SDK as a user's module would: Swift 6 mode, no warnings.
@Suite struct GeneratedExamplesTests {
    @Test func theExamplesCompileWithoutWarnings() async throws {
        let folder = ReadmeExamples.root.appendingPathComponent("Generated/Examples")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "swift" }
            .sorted { $0.path < $1.path }
        #expect(files.count > 400, "one file per API class")
        let result = try await TypeCheck.compile(files, moduleName: "AlipaySDKExamples")
        #expect(result.status == 0, "\(result.output.prefix(4_000))")
        #expect(result.output.isEmpty, "\(result.output.prefix(4_000))")
    }

    @Test func aBrokenExampleIsCaught() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("BrokenExamples.swift")
        try """
        import AlipaySDK

        enum BrokenExamples {
            static func query() -> AlipayTradeQueryModel {
                let model: AlipayTradeQueryModel
                return model
            }
        }

        """.write(to: file, atomically: true, encoding: .utf8)
        let result = try await TypeCheck.compile([file], moduleName: "BrokenExamples")
        #expect(result.status != 0)
        #expect(result.output.contains("BrokenExamples.swift:6:"), "\(result.output)")
        #expect(result.output.contains("before being initialized"), "\(result.output)")
    }
}
