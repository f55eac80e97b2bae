import Foundation
import GenImport
import GenYAML
import Testing

/// `gen import`: facts kept, prose gone, the same bytes from JSON and YAML, nothing written on error.
@Suite struct SpecImportTests {
    static let yamlSpec = """
        openapi: 3.0.3
        info:
          title: 示例接口文档
          description: 说明
          contact: {name: 示例文档中心, url: 'https://opendocs.alipay.com'}
          version: '2025-08-05'
        servers:
          - url: https://openapi.alipay.com
            description: 示例环境
        tags:
          - name: alipay.trade
            description: 示例标签
        paths:
          /v3/alipay/trade/query:
            post:
              tags: [alipay.trade]
              summary: 示例查询
              description: 示例操作的说明
              operationId: alipay.trade.query
              deprecated: true
              parameters:
                - {name: org_pid, in: query, description: 示例参数说明, required: false, schema: {type: string}}
              requestBody:
                content:
                  multipart/form-data:
                    schema: {$ref: '#/components/schemas/AlipayTradeQueryModel'}
                    encoding:
                      file: {contentType: 'image/png'}
              responses:
                '200':
                  description: common response
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/AlipayTradeQueryModel'}
                default:
                  description: 示例失败说明
        components:
          schemas:
            AlipayTradeQueryModel:
              type: object
              title: 示例模型
              description: 示例模型说明
              required: [out_trade_no]
              x-alipay-kind: model
              properties:
                out_trade_no: {type: string, description: 示例字段说明, example: '20150320010101001', maxLength: 64}
                description: {type: string, description: 另一示例字段说明, enum: ['Y', 'N', '1.0', yes, '', 'true', 大乐透]}
                title: {type: integer, format: int64, example: 3, default: 0}
                amount: {type: number, example: 88.88}
                file: {type: string, format: binary}
        """

    static let jsonSpec = """
        {"openapi": "3.0.3", "info": {"title": "示例接口文档", "description": "说明",
         "contact": {"name": "示例文档中心", "url": "https://opendocs.alipay.com"}, "version": "2025-08-05"},
         "servers": [{"url": "https://openapi.alipay.com", "description": "示例环境"}],
         "tags": [{"name": "alipay.trade", "description": "示例标签"}],
         "paths": {"/v3/alipay/trade/query": {"post": {"tags": ["alipay.trade"], "summary": "示例查询",
           "description": "示例操作的说明", "operationId": "alipay.trade.query", "deprecated": true,
           "parameters": [{"name": "org_pid", "in": "query", "description": "示例参数说明", "required": false,
             "schema": {"type": "string"}}],
           "requestBody": {"content": {"multipart/form-data": {
             "schema": {"$ref": "#/components/schemas/AlipayTradeQueryModel"},
             "encoding": {"file": {"contentType": "image/png"}}}}},
           "responses": {"200": {"description": "common response", "content": {"application/json": {
             "schema": {"$ref": "#/components/schemas/AlipayTradeQueryModel"}}}},
             "default": {"description": "示例失败说明"}}}}},
         "components": {"schemas": {"AlipayTradeQueryModel": {"type": "object", "title": "示例模型", "description": "示例模型说明",
           "required": ["out_trade_no"], "x-alipay-kind": "model", "properties": {
           "out_trade_no": {"type": "string", "description": "示例字段说明", "example": "20150320010101001", "maxLength": 64},
           "description": {"type": "string", "description": "另一示例字段说明", "enum": ["Y", "N", "1.0", "yes", "", "true", "大乐透"]},
           "title": {"type": "integer", "format": "int64", "example": 3, "default": 0},
           "amount": {"type": "number", "example": 88.88},
           "file": {"type": "string", "format": "binary"}}}}}}
        """

    static let expected = SpecImportTestsExpected.text

    private func imported(_ text: String, named name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent(name)
        try text.write(to: input, atomically: true, encoding: .utf8)
        return try SpecImport(input: input.path, output: "").importedText().text
    }

    @Test func keepsTheFactsAndDropsTheProse() throws {
        let text = try imported(Self.yamlSpec, named: "spec.yaml")
        #expect(text == Self.expected)
        #expect(
            !text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) && !"大乐透".unicodeScalars.contains($0) }
        )
    }

    @Test func jsonAndYAMLFormsGiveTheSameBytes() throws {
        #expect(try imported(Self.jsonSpec, named: "oasSchema.json") == imported(Self.yamlSpec, named: "spec.yaml"))
    }

    @Test func theOutputReadsBackAsTheSameValues() throws {
        let text = try imported(Self.jsonSpec, named: "oasSchema.json")
        let root = try YAMLReader.parse(text, file: "out.yaml")
        let values = root["components"]?["schemas"]?["AlipayTradeQueryModel"]?["properties"]?["description"]?["enum"]
        #expect(values?.sequence?.map { $0.isString } == Array(repeating: true, count: 7))
        #expect(values?.sequence?.map { $0.scalar?.value } == ["Y", "N", "1.0", "yes", "", "true", "大乐透"])
        let title = root["components"]?["schemas"]?["AlipayTradeQueryModel"]?["properties"]?["title"]
        #expect(title?["example"]?.kindDescription == "a number")
        #expect(title?["default"]?.kindDescription == "a number")
    }

    @Test func aBrokenSpecNamesItsPositionAndLeavesTheOutputAlone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("oasSchema.json")
        let output = folder.appendingPathComponent("alipay-v3.yaml")
        try "previous contents\n".write(to: output, atomically: true, encoding: .utf8)

        try
            #"{"openapi": "3.0.3", "info": {"title": "x", "version": "1"}, "paths": {"/v3/a": {"post": {"operationId": 7,"#
            .write(to: input, atomically: true, encoding: .utf8)
        #expect(throws: DiagnosticError.self) { try SpecImport(input: input.path, output: output.path).run() }
        do {
            _ = try SpecImport(input: input.path, output: output.path).run()
        } catch {
            #expect(
                error.diagnostics.first?.description
                    == "\(input.path):2:1: error: did not find expected node content"
                    + " (while parsing a flow node at line 2, column 1)")
        }

        try
            #"{"openapi": "3.0.3", "info": {"title": "x", "version": "1"}, "paths": {"/v3/a": {"post": {"responses": {}, "operationId": [1]}}}}"#
            .write(to: input, atomically: true, encoding: .utf8)
        do {
            _ = try SpecImport(input: input.path, output: output.path).run()
            Issue.record("an operationId that is a list was accepted")
        } catch {
            #expect(
                error.diagnostics.map(\.description) == [
                    "\(input.path):1:123: error: 'operationId' must be a string, found a sequence"
                ])
        }
        #expect(try String(contentsOf: output, encoding: .utf8) == "previous contents\n")
    }

    @Test func writesOnlyWhatChanged() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("spec.yaml")
        try Self.yamlSpec.write(to: input, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("Specs/alipay-v3.yaml").path
        let first = try SpecImport(input: input.path, output: output).run()
        let second = try SpecImport(input: input.path, output: output).run()
        #expect(first.changed && !second.changed)
        #expect(first.operationCount == 1 && first.schemaCount == 1)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == Self.expected)
    }
}
