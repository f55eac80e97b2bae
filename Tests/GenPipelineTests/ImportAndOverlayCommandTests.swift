import Foundation
import Testing

/// `gen import` and overlays as a user meets them: exit codes, `file:line:column` diagnostics, and
/// nothing written on error.
@Suite struct ImportAndOverlayCommandTests {
    static let overlays = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/Overlays")

    @Test func aStaleOverlayTargetStopsTheRunAndNamesItsPosition() throws {
        let output = try TestPaths.temporaryFolder("out")
        defer { try? FileManager.default.removeItem(at: output) }
        try "kept\n".write(to: output.appendingPathComponent("NOTES.txt"), atomically: true, encoding: .utf8)
        let before = FolderSnapshot(output)
        let overlay = Self.overlays.appendingPathComponent("renamed-field.yaml").path
        let result = try ProcessResult.run(
            TestPaths.genExecutable,
            [TestPaths.specs.appendingPathComponent("alipay-v3.yaml").path, overlay, "--output", output.path])
        #expect(result.status == 1)
        #expect(
            result.standardError.split(separator: "\n").map(String.init) == [
                "\(overlay):10:13: error: target $.components.schemas.AlipayTradeQueryModel.properties.out_trade_num"
                    + " matches nothing: key 'out_trade_num' selects nothing under"
                    + " $.components.schemas.AlipayTradeQueryModel.properties; did you mean 'out_trade_no'?",
                "gen: 1 error; \(output.path) was not changed",
            ])
        #expect(FolderSnapshot(output).differences(from: before).isEmpty)
    }

    @Test func importWritesTheSpecAndABrokenInputLeavesItAlone() throws {
        let folder = try TestPaths.temporaryFolder("import")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("oasSchema.json")
        let output = folder.appendingPathComponent("Specs/alipay-v3.yaml")
        try """
        {"openapi": "3.0.3", "info": {"title": "示例接口文档", "version": "1"}, "paths": {"/v3/alipay/trade/query": {
          "post": {"operationId": "alipay.trade.query", "summary": "示例查询",
            "responses": {"200": {"description": "common response"}}}}}}
        """.write(to: input, atomically: true, encoding: .utf8)
        let imported = try ProcessResult.run(TestPaths.genExecutable, ["import", input.path, "--output", output.path])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.hasPrefix("1 operations, 0 schemas; \(output.path) written ("))
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written.contains("operationId: alipay.trade.query\n") && !written.contains("示例"))

        try #"{"openapi": "3.0.3", "info": {"title": "x", "version": "1"}, "paths": {"/v3/a": {"post": []}}}"#
            .write(to: input, atomically: true, encoding: .utf8)
        let broken = try ProcessResult.run(TestPaths.genExecutable, ["import", input.path, "--output", output.path])
        #expect(broken.status == 1)
        #expect(
            broken.standardError.split(separator: "\n").map(String.init) == [
                "\(input.path):1:90: error: 'post' must be a mapping, found a sequence",
                "gen import: \(output.path) was not changed",
            ])
        #expect(try String(contentsOf: output, encoding: .utf8) == written)
    }

    @Test(.enabled(if: TestPaths.hasReference, "../shared/reference is absent, so there is no official spec to import"))
    func theCommittedSpecIsTheImportOfTheReferenceSpec() throws {
        let folder = try TestPaths.temporaryFolder("import")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, input) in [("json", TestPaths.referenceJSON), ("yaml", TestPaths.referenceYAML)] {
            let output = folder.appendingPathComponent("\(name).yaml")
            let result = try ProcessResult.run(
                TestPaths.genExecutable, ["import", input.path, "--output", output.path])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardOutput.hasPrefix("767 operations, 2804 schemas; "))
            let committed = TestPaths.specs.appendingPathComponent("alipay-v3.yaml")
            #expect(try Data(contentsOf: output) == Data(contentsOf: committed), "\(unifiedDiff(committed, output))")
        }
    }
}
