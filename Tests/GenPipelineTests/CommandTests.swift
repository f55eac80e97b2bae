import Foundation
import Testing

/// The `gen` command as a user runs it: diagnostics, exit codes, and an output folder that a failed
/// run leaves exactly as it was.
@Suite struct CommandTests {
    static let badSpecs: [(file: String, diagnostic: String)] = [
        ("syntax-error.yaml", "syntax-error.yaml:13:16: error: mapping values are not allowed in this context"),
        (
            "unknown-ref.yaml",
            "unknown-ref.yaml:20:21: error: unknown $ref '#/components/schemas/ZhimaCreditPeZmgoCumulationSyncModle' at "
                + "#/paths/~1v3~1zhima~1credit~1pe~1zmgo~1cumulation~1sync/post/requestBody/content/application~1json/schema; "
                + "did you mean 'ZhimaCreditPeZmgoCumulationSyncModel'?"
        ),
        (
            "duplicate-operation-id.yaml",
            "duplicate-operation-id.yaml:42:20: error: duplicate operationId 'zhima.credit.pe.zmgo.cumulation.sync' "
                + "(first at line 15, column 20)"
        ),
        ("wrong-type.yaml", "wrong-type.yaml:15:20: error: 'operationId' must be a string, found a sequence"),
        (
            "ref-cycle.yaml",
            "ref-cycle.yaml:40:13: error: $ref cycle: ZhimaCreditPeZmgoCumulationSyncModel -> "
                + "ZmgoCumulationSyncRequest -> ZhimaCreditPeZmgoCumulationSyncModel"
        ),
        ("empty.yaml", "empty.yaml:1:1: error: empty document"),
    ]

    /// The Zhima families as gen writes them, generated once per test run (in the build folder, beside
    /// the test bundle) and copied for each test that needs an output folder to start from.
    private static let populated: Result<URL, any Error> = Result {
        let folder = TestPaths.genExecutable.deletingLastPathComponent()
            .appendingPathComponent("gen-command-tests")
        try? FileManager.default.removeItem(at: folder)
        let result = try ProcessResult.run(
            TestPaths.genExecutable, [TestPaths.specs.path, "--output", folder.path, "--quiet"] + TestPaths.zhimaOnly)
        guard result.status == 0 else { throw PopulationFailure(standardError: result.standardError) }
        return folder
    }

    private struct PopulationFailure: Error {
        var standardError: String
    }

    /// An output folder holding a committed-looking SDK, to prove that failures do not touch it.
    private func populatedOutput() throws -> URL {
        let output = try TestPaths.temporaryFolder("out")
        try FileManager.default.removeItem(at: output)
        try FileManager.default.copyItem(at: Self.populated.get(), to: output)
        return output
    }

    @Test(arguments: badSpecs.map(\.file))
    func badSpecFailsWithItsDiagnosticAndWritesNothing(file: String) throws {
        let expected = Self.badSpecs.first { $0.file == file }!.diagnostic
        let output = try populatedOutput()
        defer { try? FileManager.default.removeItem(at: output) }
        let before = FolderSnapshot(output)

        let spec = TestPaths.badSpecs.appendingPathComponent(file).path
        let result = try ProcessResult.run(TestPaths.genExecutable, [spec, "--output", output.path])

        #expect(result.status == 1)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.first == TestPaths.badSpecs.path + "/" + expected, "stderr was:\n\(result.standardError)")
        #expect(lines.last == "gen: 1 error; \(output.path) was not changed")
        #expect(result.standardOutput.isEmpty)
        #expect(FolderSnapshot(output).differences(from: before).isEmpty)
    }

    @Test func usageErrorsExitWithTwo() throws {
        let missing = try ProcessResult.run(TestPaths.genExecutable, [])
        #expect(missing.status == 2)
        let unknown = try ProcessResult.run(TestPaths.genExecutable, ["Specs", "--no-such-option"])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("--no-such-option"))
    }

    @Test func missingSpecFolderIsAnError() throws {
        let result = try ProcessResult.run(
            TestPaths.genExecutable, ["/nonexistent/specs", "--output", "/tmp/never-written"])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("error: no such file or folder: /nonexistent/specs\n"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written"))
    }

    @Test func summaryLineAndNoOpRun() throws {
        let output = try TestPaths.temporaryFolder("out")
        defer { try? FileManager.default.removeItem(at: output) }
        let first = try ProcessResult.run(
            TestPaths.genExecutable, [TestPaths.specs.path, "--output", output.path] + TestPaths.zhimaOnly)
        #expect(first.status == 0)
        let summary = first.standardOutput.trimmingCharacters(in: .newlines)
        #expect(
            summary.hasPrefix("2 specs, 4 overlays, 25 operations, 16 API classes, 148 models; files: 57 written, "),
            "\(summary)")
        #expect(summary.contains(" written, 0 unchanged, 0 removed; "), "\(summary)")

        let model = output.appendingPathComponent("Sources/AlipaySharedModels/Models/CommonErrorType.swift")
        let modified = try FileManager.default.attributesOfItem(atPath: model.path)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.05)
        let second = try ProcessResult.run(
            TestPaths.genExecutable, [TestPaths.specs.path, "--output", output.path] + TestPaths.zhimaOnly)
        #expect(
            second.standardOutput.contains("files: 0 written, 57 unchanged, 0 removed; "), "\(second.standardOutput)")
        #expect(second.standardOutput.contains(" unchanged, 0 removed; "))
        let unchanged = try FileManager.default.attributesOfItem(atPath: model.path)[.modificationDate] as? Date
        #expect(modified == unchanged, "an unchanged file was rewritten")
    }

    @Test func checkListsDifferencesAndStaleFilesWithoutWriting() throws {
        let output = try populatedOutput()
        defer { try? FileManager.default.removeItem(at: output) }
        let clean = try ProcessResult.run(
            TestPaths.genExecutable, [TestPaths.specs.path, "--output", output.path, "--check"] + TestPaths.zhimaOnly)
        #expect(clean.status == 0, "\(clean.standardError)")

        let model = output.appendingPathComponent("Sources/AlipaySharedModels/Models/CommonErrorType.swift")
        try "// edited by hand\n".write(to: model, atomically: true, encoding: .utf8)
        let api = output.appendingPathComponent("Sources/AlipayZhimaCredit/APIs/ZhimaCreditPeZmgoCumulationApi.swift")
        try FileManager.default.removeItem(at: api)
        // One byte changed, the length kept: the comparison reads the contents, not just the size.
        let index = output.appendingPathComponent("docs/README.md")
        var bytes = [UInt8](try Data(contentsOf: index))
        let changed = try #require(bytes.indices.first { bytes[$0] == UInt8(ascii: "e") })
        bytes[changed] = UInt8(ascii: "E")
        try Data(bytes).write(to: index)
        let before = FolderSnapshot(output)

        let result = try ProcessResult.run(
            TestPaths.genExecutable, [TestPaths.specs.path, "--output", output.path, "--check"] + TestPaths.zhimaOnly)
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "differs: \(output.path)/Sources/AlipaySharedModels/Models/CommonErrorType.swift"))
        #expect(
            result.standardError.contains(
                "differs: \(output.path)/Sources/AlipayZhimaCredit/APIs/ZhimaCreditPeZmgoCumulationApi.swift"))
        #expect(result.standardError.contains("differs: \(output.path)/docs/README.md"))
        #expect(FolderSnapshot(output).differences(from: before).isEmpty)
    }

    @Test func filesNoLongerProducedAreRemoved() throws {
        let output = try populatedOutput()
        defer { try? FileManager.default.removeItem(at: output) }
        let userFile = output.appendingPathComponent("NOTES.txt")
        try "kept\n".write(to: userFile, atomically: true, encoding: .utf8)

        let result = try ProcessResult.run(
            TestPaths.genExecutable,
            [TestPaths.specs.path, "--output", output.path, "--include", "zhima.credit.pe.zmgo.cumulation"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(
            result.standardOutput.hasPrefix("2 specs, 4 overlays, 1 operations, 1 API classes, "),
            "\(result.standardOutput)")

        // One API class: it uses every model, so they are all in its file.
        let sources = FolderSnapshot(output).files.keys.filter { $0.hasPrefix("Sources/") }.sorted()
        #expect(
            sources == [
                "Sources/AlipaySDK/AlipaySDK.docc/AlipaySDK.md", "Sources/AlipaySDK/Exports.swift",
                "Sources/AlipaySharedModels/Exports.swift",
                "Sources/AlipayZhimaCredit/APIs/ZhimaCreditPeZmgoCumulationApi.swift",
                "Sources/AlipayZhimaCredit/Exports.swift",
            ])
        let api = try String(
            contentsOf: output.appendingPathComponent(
                "Sources/AlipayZhimaCredit/APIs/ZhimaCreditPeZmgoCumulationApi.swift"),
            encoding: .utf8)
        let declared = api.split(separator: "\n").filter { $0.hasPrefix("public ") }.map {
            $0.split(separator: " ")[2].split(separator: ":")[0]
        }
        #expect(
            declared == [
                "ZhimaCreditPeZmgoCumulationApi", "AmountTypeData", "CommonErrorType", "CommonErrorTypeCode",
                "TaskTypeData", "ZMGoOutDiscountInfo", "ZMGoTradeInfo",
                "ZhimaCreditPeZmgoCumulationSyncErrorBody", "ZhimaCreditPeZmgoCumulationSyncDefaultResponse",
                "ZhimaCreditPeZmgoCumulationSyncErrorCode",
                "ZhimaCreditPeZmgoCumulationSyncErrorResponseModel",
                "ZhimaCreditPeZmgoCumulationSyncModel", "ZhimaCreditPeZmgoCumulationSyncResponseModel",
            ])
        #expect(FileManager.default.fileExists(atPath: userFile.path), "a file gen did not write was removed")
    }

    @Test func includeThatMatchesNothingIsAnError() throws {
        let result = try ProcessResult.run(
            TestPaths.genExecutable, [TestPaths.specs.path, "--output", "/tmp/never-written", "--include", "nope."])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("error: no operation has a tag starting with 'nope.'\n"))
    }

    @Test func templatesCanBeOverridden() throws {
        let templates = try TestPaths.temporaryFolder("templates")
        let output = try TestPaths.temporaryFolder("out")
        defer {
            try? FileManager.default.removeItem(at: templates)
            try? FileManager.default.removeItem(at: output)
        }
        try "{{% CONTENT_TYPE: TEXT }}\n# {{name}} has {{#methods}}{{plainName}} {{/methods}}\n".write(
            to: templates.appendingPathComponent("api-doc.mustache"), atomically: true, encoding: .utf8)
        let result = try ProcessResult.run(
            TestPaths.genExecutable,
            [TestPaths.specs.path, "--output", output.path, "--templates", templates.path] + TestPaths.zhimaOnly)
        #expect(result.status == 0, "\(result.standardError)")
        let page = try String(
            contentsOf: output.appendingPathComponent("docs/ZhimaCreditPeZmgoSettleApi.md"), encoding: .utf8)
        #expect(page == "# ZhimaCreditPeZmgoSettleApi has apply refund unfreeze \n")
        let api = try String(
            contentsOf: output.appendingPathComponent(
                "Sources/AlipayZhimaCredit/APIs/ZhimaCreditPeZmgoSettleApi.swift"),
            encoding: .utf8)
        #expect(api.contains("public func unfreeze("), "templates not overridden keep the built-in ones")
    }

    @Test func brokenTemplateIsReportedWithItsPosition() throws {
        let templates = try TestPaths.temporaryFolder("templates")
        defer { try? FileManager.default.removeItem(at: templates) }
        try "{{% CONTENT_TYPE: TEXT }}\nline\n  {{#methods}}never closed\n".write(
            to: templates.appendingPathComponent("api-doc.mustache"), atomically: true, encoding: .utf8)
        let result = try ProcessResult.run(
            TestPaths.genExecutable,
            [TestPaths.specs.path, "--output", "/tmp/never-written", "--templates", templates.path])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix(templates.path + "/api-doc.mustache:"), "\(result.standardError)")
        #expect(result.standardError.contains(": error: template syntax error: "))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written"))
    }
}
