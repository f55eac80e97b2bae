import Foundation
import Testing

/// How `gen` puts files into the output folder: a new folder appears whole, an existing one changes
/// only when every file could be written.
@Suite struct OutputWritingTests {
    @Test func newOutputFolderAppearsWholeAndLeavesNothingBeside() throws {
        let parent = try TestPaths.temporaryFolder("parent")
        defer { try? FileManager.default.removeItem(at: parent) }
        let output = parent.appendingPathComponent("nested/sdk")
        let result = try ProcessResult.run(
            TestPaths.genExecutable, [TestPaths.specs.path, "--output", output.path] + TestPaths.zhimaOnly)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains(" written, 0 unchanged, 0 removed; "), "\(result.standardOutput)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: parent.appendingPathComponent("nested").path) == ["sdk"]
        )
        let manifest = try String(contentsOf: output.appendingPathComponent(".gen-manifest"), encoding: .utf8)
        let listed = manifest.split(separator: "\n").map(String.init)
        #expect(listed == listed.sorted())
        #expect(Set(listed) == Set(FolderSnapshot(output).files.keys).subtracting([".gen-manifest"]))
    }

    @Test func failedWriteLeavesAnExistingFolderAsItWas() throws {
        let output = try TestPaths.temporaryFolder("out")
        defer { try? FileManager.default.removeItem(at: output) }
        let first = try ProcessResult.run(
            TestPaths.genExecutable, [TestPaths.specs.path, "--output", output.path] + TestPaths.zhimaOnly)
        #expect(first.status == 0, "\(first.standardError)")
        // A file where the shared models' folder should be makes them unwritable. Models are written
        // last, after the API files: an edited API file would be rewritten, and the examples folder
        // created again, if the run went through.
        let models = output.appendingPathComponent("Sources/AlipaySharedModels/Models")
        try FileManager.default.removeItem(at: models)
        try "not a folder\n".write(to: models, atomically: true, encoding: .utf8)
        let api = output.appendingPathComponent("Sources/AlipayZhimaCredit/APIs/ZhimaCreditPeZmgoSettleApi.swift")
        try "// edited by hand\n".write(to: api, atomically: true, encoding: .utf8)
        let examples = output.appendingPathComponent("Examples")
        try FileManager.default.removeItem(at: examples)
        let before = FolderSnapshot(output)

        let result = try ProcessResult.run(
            TestPaths.genExecutable, [TestPaths.specs.path, "--output", output.path] + TestPaths.zhimaOnly)
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "error: cannot write the output: cannot write Sources/AlipaySharedModels/Models/"),
            "\(result.standardError)")
        #expect(FolderSnapshot(output).differences(from: before).isEmpty, "no file changed, no temporary file left")
        #expect(!FileManager.default.fileExists(atPath: examples.path), "a folder created for the run was left")
    }

    @Test func outputBelowAFileIsAnError() throws {
        let parent = try TestPaths.temporaryFolder("parent")
        defer { try? FileManager.default.removeItem(at: parent) }
        let file = parent.appendingPathComponent("plain-file")
        try "x\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try ProcessResult.run(
            TestPaths.genExecutable, [TestPaths.specs.path, "--output", file.appendingPathComponent("sdk").path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("error: cannot create the output folder"), "\(result.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["plain-file"])
    }
}
