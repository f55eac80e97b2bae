import Foundation
import GenPipeline
import Testing

/// Generated/ and the list of API families in Package.swift are exactly what Specs/ produce:
/// regenerate into a temporary folder, beside a copy of the manifest, and compare every file.
@Suite struct GeneratedSnapshotTests {
    @Test func generatedFolderMatchesSpecs() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("Package.swift")
        let committedManifest = try String(contentsOf: TestPaths.packageManifest, encoding: .utf8)
        try committedManifest.write(to: manifest, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("Generated")
        let summary = try Generator(options: .init(specs: [TestPaths.specs.path], output: output.path)).run()
        #expect(summary.warnings.isEmpty, "\(summary.warnings)")
        // Alipay's 767 v3 operations and the three v2 payment starts, as the README says.
        #expect(summary.specCount == 2 && summary.overlayCount == 4)
        #expect(summary.operationCount == 770 && summary.apiCount == 478)
        if summary.packageManifest != nil {
            Issue.record(
                """
                The list of API families in Package.swift is not what Specs/ produce (run `swift run gen Specs/`):
                \(unifiedDiff(TestPaths.packageManifest, manifest))
                """)
        }

        let expected = FolderSnapshot(TestPaths.generated)
        let actual = FolderSnapshot(output)
        let differences = actual.differences(from: expected)
        for path in differences {
            let committed = TestPaths.generated.appendingPathComponent(path)
            let regenerated = output.appendingPathComponent(path)
            Issue.record(
                """
                Generated/\(path) is not what Specs/ produce (run `swift run gen Specs/`):
                \(unifiedDiff(committed, regenerated))
                """)
        }
        #expect(!actual.files.isEmpty)
    }

    @Test func seedOperationIsGeneratedAsSpecified() throws {
        let api = try String(
            contentsOf: TestPaths.generated.appendingPathComponent(
                "Sources/AlipayZhimaCredit/APIs/ZhimaCreditPeZmgoCumulationApi.swift"),
            encoding: .utf8)
        #expect(api.contains("public struct ZhimaCreditPeZmgoCumulationApi: Sendable {"))
        #expect(api.contains("public func sync(\n        _ model: ZhimaCreditPeZmgoCumulationSyncModel"))
        #expect(api.contains(") async throws(AlipayError) -> ZhimaCreditPeZmgoCumulationSyncResponseModel {"))
        #expect(api.contains("path: \"/v3/zhima/credit/pe/zmgo/cumulation/sync\""))
        #expect(api.contains("errorDetail: ZhimaCreditPeZmgoCumulationSyncErrorBody.self"))
    }
}
