import Foundation
import Testing

/// `gen` copied out of the build folder, together with its resource bundle, finds its templates in
/// that bundle and writes the same SDK as Generated/.
@Suite struct RelocatedGenTests {
    /// The resource bundle that holds Templates/, which SwiftPM puts beside the executable.
    static let bundleName = "alipay-swift_GenRender.resources"

    @Test func aCopyOfGenAndItsBundleWritesGeneratedExactly() throws {
        let folder = try TestPaths.temporaryFolder("relocated")
        defer { try? FileManager.default.removeItem(at: folder) }
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let built = TestPaths.genExecutable.deletingLastPathComponent()
        let gen = bin.appendingPathComponent("gen")
        try FileManager.default.copyItem(at: TestPaths.genExecutable, to: gen)
        try FileManager.default.copyItem(
            at: built.appendingPathComponent(Self.bundleName), to: bin.appendingPathComponent(Self.bundleName))

        let output = folder.appendingPathComponent("Generated")
        let result = try ProcessResult.run(
            gen, [TestPaths.specs.path, "--output", output.path, "--skip-package-manifest", "--quiet"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let differences = FolderSnapshot(output).differences(from: FolderSnapshot(TestPaths.generated))
        #expect(differences.isEmpty, "differ from Generated/: \(differences.prefix(10))")
        #expect(!FolderSnapshot(output).files.isEmpty)

        // The copy reads the templates of the bundle beside it, not those of the build folder.
        let index = bin.appendingPathComponent(Self.bundleName + "/Templates/docs-index.mustache")
        let text = try String(contentsOf: index, encoding: .utf8)
        try (text + "\nWritten by the relocated copy.\n").write(to: index, atomically: true, encoding: .utf8)
        let marked = folder.appendingPathComponent("Marked")
        let second = try ProcessResult.run(
            gen, [TestPaths.specs.path, "--output", marked.path, "--quiet"] + TestPaths.zhimaOnly, in: folder)
        #expect(second.status == 0, "\(second.standardError)")
        let readme = try String(contentsOf: marked.appendingPathComponent("docs/README.md"), encoding: .utf8)
        #expect(readme.hasSuffix("\nWritten by the relocated copy.\n"))
    }
}
