import Foundation

/// Where things are, found from this file so that tests run from any working directory.
enum TestPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let specs = packageRoot.appendingPathComponent("Specs")
    static let generated = packageRoot.appendingPathComponent("Generated")
    static let packageManifest = packageRoot.appendingPathComponent("Package.swift")
    static let badSpecs = packageRoot.appendingPathComponent("Tests/Fixtures/BadSpecs")
    static let reference = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/reference")
    static let referenceYAML = reference.appendingPathComponent("alipay-v3-openapi.yaml")
    static let referenceJSON = reference.appendingPathComponent("alipay-v3-openapi.json")

    /// Arguments that keep gen to the Zhima families (25 operations): an SDK for the tests that need
    /// one, not all 767 operations, written in a fraction of the time.
    static let zhimaOnly = ["--include", "zhima."]

    static var hasReference: Bool { FileManager.default.fileExists(atPath: referenceYAML.path) }

    /// The `gen` executable built next to the test bundle.
    static var genExecutable: URL {
        var directory = Bundle.main.bundleURL
        if directory.pathExtension == "xctest" {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("gen")
    }

    /// Where SwiftPM puts the modules it built, beside the test bundle.
    static var builtModules: URL {
        genExecutable.deletingLastPathComponent().appendingPathComponent("Modules")
    }

    /// Whether the runtime's module is built, so that generated code can be compiled against it.
    static var hasRuntimeModule: Bool {
        FileManager.default.fileExists(atPath: builtModules.appendingPathComponent("AlipayRuntime.swiftmodule").path)
    }

    /// A new empty folder.
    static func temporaryFolder(_ name: String = "gen") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
