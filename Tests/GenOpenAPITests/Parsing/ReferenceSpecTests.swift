import Foundation
import GenOpenAPI
import GenYAML
import Testing

/// Alipay's whole v3 spec, as YAML and as JSON, read from the shared reference data beside the
/// package. A fresh clone has no such folder, so these tests are then skipped.
@Suite struct ReferenceSpecTests {
    static let yamlPath = TestFiles.reference("alipay-v3-openapi.yaml")
    static let jsonPath = TestFiles.reference("alipay-v3-openapi.json")
    static let isPresent =
        FileManager.default.fileExists(atPath: yamlPath)
        && FileManager.default.fileExists(atPath: jsonPath)

    private func read(_ path: String) throws -> (document: Document, warnings: [Diagnostic]) {
        let root = try YAMLReader.parse(contentsOf: path)
        return try DocumentParser().parse(root, file: path)
    }

    @Test(.enabled(if: isPresent, "reference spec not found at ../shared/reference/alipay-v3-openapi.{yaml,json}"))
    func theYAMLSpecHasEveryOperationAndSchema() throws {
        let (document, warnings) = try read(Self.yamlPath)
        #expect(warnings.isEmpty)
        #expect(document.openapi == "3.0.3")
        #expect(document.operations.count == 767)
        #expect(Set(document.operations.map(\.path)).count == 761)
        #expect(document.components.schemas.count == 2_804)
        let methods = Dictionary(grouping: document.operations, by: \.method).mapValues(\.count)
        #expect(methods == [.post: 485, .get: 225, .delete: 26, .put: 20, .patch: 11])
        let multipart = document.operations.filter {
            $0.requestBody?.content.contains { $0.contentType == "multipart/form-data" } == true
        }
        #expect(multipart.count == 22)
        #expect(multipart.allSatisfy { $0.requestBody?.content.first?.encoding.isEmpty == false })
        let sync = try #require(document.operations.first { $0.operationId == "zhima.credit.pe.zmgo.cumulation.sync" })
        #expect(sync.responses.map(\.status) == ["200", "default"])
        #expect(
            sync.responses.last?.content.first?.schema.map(summary)
                == "anyOf($CommonErrorType, $ZhimaCreditPeZmgoCumulationSyncErrorResponseModel)"
        )
    }

    @Test(.enabled(if: isPresent, "reference spec not found at ../shared/reference/alipay-v3-openapi.{yaml,json}"))
    func theJSONSpecReadsTheSameAsTheYAML() throws {
        let yaml = try read(Self.yamlPath).document
        let (json, warnings) = try read(Self.jsonPath)
        #expect(warnings.isEmpty)
        #expect(json.operations.count == 767)
        #expect(json.components.schemas.count == 2_804)
        #expect(json.operations.map(\.operationId) == yaml.operations.map(\.operationId))
        #expect(json.components.schemas.map(\.name) == yaml.components.schemas.map(\.name))
        #expect(json.operations.map(\.parameters.count) == yaml.operations.map(\.parameters.count))
        #expect(
            json.components.schemas.map { summary($0.schema) } == yaml.components.schemas.map { summary($0.schema) })
    }
}
