import Foundation
import Testing

/// A `--templates` folder whose template names a value the render context does not have stops gen
/// with the template file's line and column and the name, and leaves the output folder as it was.
@Suite struct TemplateOverrideTests {
    /// A copy of the shipped templates in which the struct declaration of `model.mustache` names
    /// `nmae` instead of `name`; the mistyped tag's line and column.
    private func overrideFolder() throws -> (folder: URL, line: Int, column: Int) {
        let folder = try TestPaths.temporaryFolder("templates")
        let shipped = TestPaths.packageRoot.appendingPathComponent("Templates")
        for name in try FileManager.default.contentsOfDirectory(atPath: shipped.path) where name.hasSuffix(".mustache")
        {
            try FileManager.default.copyItem(
                at: shipped.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let model = folder.appendingPathComponent("model.mustache")
        let declaration = "public struct {{name}}: {{conformances}} {"
        let text = try String(contentsOf: model, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex(of: declaration), "model.mustache has no line '\(declaration)'")
        lines[index] = "public struct {{nmae}}: {{conformances}} {"
        try lines.joined(separator: "\n").write(to: model, atomically: true, encoding: .utf8)
        return (folder, index + 1, "public struct ".count + 1)
    }

    @Test func aMistypedNameInAnOverrideStopsGenAndLeavesTheOutputAsItWas() throws {
        let (templates, line, column) = try overrideFolder()
        defer { try? FileManager.default.removeItem(at: templates) }
        let output = try TestPaths.temporaryFolder("out")
        defer { try? FileManager.default.removeItem(at: output) }
        let first = try ProcessResult.run(
            TestPaths.genExecutable, [TestPaths.specs.path, "--output", output.path, "--quiet"] + TestPaths.zhimaOnly)
        #expect(first.status == 0, "\(first.standardError)")
        let before = FolderSnapshot(output)
        #expect(!before.files.isEmpty)

        let result = try ProcessResult.run(
            TestPaths.genExecutable,
            [TestPaths.specs.path, "--output", output.path, "--templates", templates.path] + TestPaths.zhimaOnly)

        #expect(result.status == 1)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        let expected = "\(templates.path)/model.mustache:\(line):\(column): error: no value named 'nmae' here"
        #expect(
            lines == [expected, "gen: 1 error; \(output.path) was not changed"], "stderr was:\n\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        #expect(FolderSnapshot(output).differences(from: before).isEmpty, "no file changed, no temporary file left")
    }

    @Test func aMistypedNameLeavesNoNewOutputFolderBehind() throws {
        let (templates, line, column) = try overrideFolder()
        defer { try? FileManager.default.removeItem(at: templates) }
        let parent = try TestPaths.temporaryFolder("parent")
        defer { try? FileManager.default.removeItem(at: parent) }
        let output = parent.appendingPathComponent("sdk")

        let result = try ProcessResult.run(
            TestPaths.genExecutable,
            [TestPaths.specs.path, "--output", output.path, "--templates", templates.path] + TestPaths.zhimaOnly)

        #expect(result.status == 1)
        #expect(
            result.standardError.contains("model.mustache:\(line):\(column): error: no value named 'nmae' here"),
            "\(result.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty, "no staging folder was left")
    }

    @Test func theShippedTemplatesCopiedAsAnOverrideGiveTheSameOutput() throws {
        let (templates, _, _) = try overrideFolder()
        defer { try? FileManager.default.removeItem(at: templates) }
        let model = templates.appendingPathComponent("model.mustache")
        let text = try String(contentsOf: model, encoding: .utf8)
        try text.replacingOccurrences(of: "{{nmae}}", with: "{{name}}").write(
            to: model, atomically: true, encoding: .utf8)
        let folder = try TestPaths.temporaryFolder("out")
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("plain")
        let overridden = folder.appendingPathComponent("overridden")

        for (output, extra) in [(plain, [String]()), (overridden, ["--templates", templates.path])] {
            let result = try ProcessResult.run(
                TestPaths.genExecutable, [TestPaths.specs.path, "--output", output.path] + TestPaths.zhimaOnly + extra)
            #expect(result.status == 0, "\(result.standardError)")
        }
        #expect(FolderSnapshot(overridden).differences(from: FolderSnapshot(plain)).isEmpty)
        #expect(!FolderSnapshot(plain).files.isEmpty)
    }
}
