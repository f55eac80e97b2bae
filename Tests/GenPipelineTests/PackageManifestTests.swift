import Foundation
import GenPipeline
import Testing

/// gen keeps the list of API families in the package manifest beside the output folder.
@Suite struct PackageManifestTests {
    private let manifest = """
        // swift-tools-version:6.0
        import PackageDescription

        // gen: families begin
        let sdkFamilies: [String] = ["Old"]
        // gen: families end

        let package = Package(name: "x")

        """

    private func run(_ arguments: [String]) throws -> ProcessResult {
        try ProcessResult.run(TestPaths.genExecutable, [TestPaths.specs.path] + TestPaths.zhimaOnly + arguments)
    }

    @Test func theListBetweenTheMarkersIsRewrittenAndNothingElse() throws {
        let folder = try TestPaths.temporaryFolder("manifest")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("Package.swift")
        try manifest.write(to: path, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("Generated").path

        let check = try run(["--output", output, "--check"])
        #expect(check.status == 1)
        #expect(
            check.standardError.contains("differs: \(path.path) (its list of API families)"), "\(check.standardError)")
        #expect(try String(contentsOf: path, encoding: .utf8) == manifest, "--check writes nothing")

        let result = try run(["--output", output])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("; \(path.path) updated"), "\(result.standardOutput)")
        let updated = try String(contentsOf: path, encoding: .utf8)
        #expect(
            updated
                == manifest.replacingOccurrences(
                    of: "let sdkFamilies: [String] = [\"Old\"]\n",
                    with: """
                        let sdkFamilies: [String] = [
                            "AlipayZhimaCredit",
                            "AlipayZhimaCustomer",
                            "AlipayZhimaMerchant",
                        ]

                        """))
        #expect(try run(["--output", output, "--check"]).status == 0)
    }

    @Test func aManifestWithoutTheMarkersStopsTheRunBeforeAnythingIsWritten() throws {
        let folder = try TestPaths.temporaryFolder("manifest")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("Package.swift")
        let unmarked = manifest.replacingOccurrences(of: "// gen: families end\n", with: "")
        try unmarked.write(to: path, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("Generated")

        let result = try run(["--output", output.path])
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "\(path.path):1:1: error: the package manifest has no '// gen: families begin' line followed by an "
                    + "'// gen: families end' line"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(try String(contentsOf: path, encoding: .utf8) == unmarked)

        #expect(try run(["--output", output.path, "--skip-package-manifest"]).status == 0)
        #expect(try String(contentsOf: path, encoding: .utf8) == unmarked)
    }
}
