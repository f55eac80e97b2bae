import GenOpenAPI
import GenYAML
import Testing

/// Request bodies and responses: media types, multipart encodings, shared definitions.
@Suite struct ContentParsingTests {
    @Test func aMultipartBodyKeepsItsPartEncodings() throws {
        let yaml = spec(
            paths: """
                /v3/alipay/open/file/upload:
                  post:
                    operationId: alipay.open.file.upload
                    requestBody:
                      required: true
                      content:
                        multipart/form-data:
                          schema:
                            type: object
                            properties:
                              data: {$ref: '#/components/schemas/AlipayOpenFileUploadModel'}
                              file_content: {type: string, format: binary}
                          encoding:
                            data: {contentType: application/json}
                            file_content: {contentType: '*/*'}
                    responses: {'200': {description: common response}}
                """,
            components: """
                schemas:
                  AlipayOpenFileUploadModel: {type: object, properties: {biz_code: {type: string}}}
                """
        )
        let (document, _) = try parseSpec(yaml)
        let body = try #require(document.operations.first?.requestBody)
        #expect(body.required)
        let media = try #require(body.content.first)
        #expect(media.contentType == "multipart/form-data")
        #expect(
            summary(try #require(media.schema)) == "{data: $AlipayOpenFileUploadModel, file_content: string(binary)}")
        #expect(
            media.encoding == [
                PartEncoding(name: "data", contentType: "application/json"),
                PartEncoding(name: "file_content", contentType: "*/*"),
            ]
        )
    }

    @Test func responsesKeepTheirStatusAndTheDefaultAnyOf() throws {
        let yaml = spec(
            paths: """
                /v3/zhima/credit/pe/zmgo/cumulation/sync:
                  post:
                    operationId: zhima.credit.pe.zmgo.cumulation.sync
                    requestBody:
                      $ref: '#/components/requestBodies/SyncBody'
                    responses:
                      '200':
                        description: common response
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/SyncResponseModel'}
                      default:
                        description: request failed
                        content:
                          application/json:
                            schema:
                              anyOf:
                              - $ref: '#/components/schemas/CommonErrorType'
                              - $ref: '#/components/schemas/SyncErrorResponseModel'
                      404:
                        $ref: '#/components/responses/NotFound'
                      5XX: {}
                """,
            components: """
                schemas:
                  SyncModel: {type: object}
                  SyncResponseModel: {type: object}
                  SyncErrorResponseModel: {type: object}
                  CommonErrorType: {type: object}
                requestBodies:
                  SyncBody:
                    description: The sync request.
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/SyncModel'}
                responses:
                  NotFound:
                    description: no such agreement
                """
        )
        let (document, warnings) = try parseSpec(yaml)
        #expect(warnings.isEmpty)
        let operation = try #require(document.operations.first)
        #expect(operation.requestBody?.description == "The sync request.")
        #expect(operation.requestBody?.content.first.flatMap(\.schema).map(summary) == "$SyncModel")
        #expect(operation.responses.map(\.status) == ["200", "default", "404", "5XX"])
        #expect(
            operation.responses.map(\.description) == ["common response", "request failed", "no such agreement", nil])
        let failure = try #require(operation.responses[1].content.first?.schema)
        #expect(summary(failure) == "anyOf($CommonErrorType, $SyncErrorResponseModel)")
    }

    @Test func malformedBodiesAndResponsesAreErrors() {
        let yaml = spec(
            paths: """
                /v3/a:
                  post:
                    operationId: a.post
                    requestBody: {required: false}
                    responses:
                      '20': {description: ok}
                      '200': {content: {application/json: []}}
                """
        )
        #expect(
            specDiagnostics(yaml) == [
                "spec.yaml:9:20: error: missing required field 'content' in 'requestBody'",
                "spec.yaml:11:9: error: response status '20' must be an HTTP status code ('200'), a range ('2XX')"
                    + " or 'default'",
                "spec.yaml:12:45: error: 'application/json' must be a mapping, found a sequence",
            ]
        )
    }
}
