import Foundation
import GenOpenAPI
import GenPipeline
import GenSDKModel
import GenYAML
import Testing

/// Alipay's whole v3 spec, in YAML and in JSON, generates without error, and nothing it refers to is lost.
@Suite(.enabled(if: TestPaths.hasReference, "../shared/reference is absent, so the full Alipay spec is not generated"))
struct FullReferenceSpecTests {
    @Test(arguments: [TestPaths.referenceYAML, TestPaths.referenceJSON])
    func generatesEveryOperationAndSchema(spec: URL) throws {
        let output = try TestPaths.temporaryFolder("reference")
        defer { try? FileManager.default.removeItem(at: output) }
        let summary = try Generator(options: .init(specs: [spec.path], output: output.path)).run()
        #expect(summary.operationCount == 767)
        #expect(summary.apiCount == 475)
        #expect(summary.warnings.isEmpty, "\(summary.warnings.prefix(5))")

        let snapshot = FolderSnapshot(output)
        let files = snapshot.files.keys.filter { $0.hasPrefix("Sources/") && $0.hasSuffix(".swift") }
        let apis = files.filter { $0.contains("/APIs/") }
        #expect(apis.count == 475)
        // Every type declared once, in its API class's file or one of its own.
        var declared: [Substring] = []
        for file in files {
            for line in String(decoding: snapshot.files[file]!, as: UTF8.self).split(separator: "\n")
            where line.hasPrefix("public struct ") || line.hasPrefix("public enum ")
                || line.hasPrefix("public typealias ")
            {
                declared.append(line.split(separator: " ")[2].split(separator: ":")[0])
            }
        }
        let models = Set(declared.map { "\($0).swift" })
        #expect(models.count == declared.count)
        let document = try DocumentParser().parse(try YAMLReader.parse(contentsOf: spec.path), file: spec.path).document
        var referenced: Set<String> = []
        for operation in document.operations {
            operation.forEachReference { referenced.insert($0) }
        }
        for schema in document.components.schemas {
            schema.schema.forEachReference { referenced.insert($0) }
        }
        #expect(referenced.count > 2_000)
        // Schema names are kept, except where they would shadow a standard type (`Data` is `DataModel`).
        let missing = referenced.filter { !models.contains("\(Identifiers.type($0)).swift") }.sorted()
        #expect(models.contains("DataModel.swift"))
        #expect(missing.isEmpty, "referenced schemas without a model: \(missing.prefix(10))")
        #expect(models.count >= document.components.schemas.count)
    }
}
