import GenOpenAPI
import GenYAML
import Testing

/// `$ref`s must name a component that exists, and plain references must not loop.
@Suite struct ReferenceTests {
    @Test func anUnknownSchemaNamesTheTargetThePlaceAndTheNearestName() {
        let yaml = spec(
            paths: """
                /v3/zhima/credit/pe/zmgo/cumulation/sync:
                  post:
                    operationId: zhima.credit.pe.zmgo.cumulation.sync
                    responses:
                      '200':
                        description: common response
                        content:
                          application/json:
                            schema:
                              $ref: '#/components/schemas/ZhimaCreditPeZmgoCumulationSyncModle'
                """,
            components: """
                schemas:
                  ZhimaCreditPeZmgoCumulationSyncModel: {type: object}
                  ZhimaCreditPeZmgoSettleApplyModel: {type: object}
                """
        )
        #expect(
            specDiagnostics(yaml) == [
                "spec.yaml:15:23: error: unknown $ref '#/components/schemas/ZhimaCreditPeZmgoCumulationSyncModle'"
                    + " at #/paths/~1v3~1zhima~1credit~1pe~1zmgo~1cumulation~1sync/post/responses/200/content"
                    + "/application~1json/schema; did you mean 'ZhimaCreditPeZmgoCumulationSyncModel'?"
            ]
        )
    }

    @Test func upToThreeSuggestionsOrNone() {
        let yaml = spec(
            components: """
                schemas:
                  Item1: {type: string}
                  Item2: {type: string}
                  Item3: {type: string}
                  Item4: {type: string}
                  Model:
                    properties:
                      near: {$ref: '#/components/schemas/Item'}
                      far: {$ref: '#/components/schemas/AlipayTradePayModel'}
                """
        )
        #expect(
            specDiagnostics(yaml) == [
                "spec.yaml:15:22: error: unknown $ref '#/components/schemas/Item' at"
                    + " #/components/schemas/Model/properties/near; did you mean 'Item1', 'Item2' or 'Item3'?",
                "spec.yaml:16:21: error: unknown $ref '#/components/schemas/AlipayTradePayModel' at"
                    + " #/components/schemas/Model/properties/far",
            ]
        )
    }

    @Test func onlyLocalReferencesToTheRightSectionAreAccepted() {
        let yaml = spec(
            components: """
                schemas:
                  Model:
                    properties:
                      external: {$ref: 'https://example.com/common.yaml#/components/schemas/Error'}
                      swagger: {$ref: '#/definitions/Model'}
                      parameter: {$ref: '#/components/parameters/AuthToken'}
                      number: {$ref: 5}
                parameters:
                  AuthToken: {name: auth_token, in: query, schema: {$ref: '#/components/schemas/Tokn'}}
                """
        )
        #expect(
            specDiagnostics(yaml) == [
                "spec.yaml:11:26: error: unsupported $ref 'https://example.com/common.yaml#/components/schemas/Error' at"
                    + " #/components/schemas/Model/properties/external: another spec is named by its file path"
                    + " ('alipay-v3.yaml#/components/schemas/<name>')",
                "spec.yaml:12:25: error: unknown $ref '#/definitions/Model' at"
                    + " #/components/schemas/Model/properties/swagger; expected '#/components/schemas/<name>'",
                "spec.yaml:13:27: error: unknown $ref '#/components/parameters/AuthToken' at"
                    + " #/components/schemas/Model/properties/parameter; expected '#/components/schemas/<name>'",
                "spec.yaml:14:24: error: unsupported $ref '5' at #/components/schemas/Model/properties/number: only references"
                    + " within the document ('#/components/schemas/<name>') are supported",
                "spec.yaml:16:61: error: unknown $ref '#/components/schemas/Tokn' at"
                    + " #/components/parameters/AuthToken/schema",
            ]
        )
    }

    @Test func aLoopOfPlainReferencesIsReportedOnceAtItsFirstSchema() {
        let yaml = spec(
            components: """
                schemas:
                  Entry: {$ref: '#/components/schemas/A'}
                  A: {$ref: '#/components/schemas/B'}
                  B: {$ref: '#/components/schemas/A'}
                  Self:
                    $ref: '#/components/schemas/Self'
                """
        )
        #expect(
            specDiagnostics(yaml) == [
                "spec.yaml:10:15: error: $ref cycle: A -> B -> A",
                "spec.yaml:13:13: error: $ref cycle: Self -> Self",
            ]
        )
    }

    @Test func aRecursiveTypeIsNotALoop() throws {
        let yaml = spec(
            components: """
                schemas:
                  Category:
                    type: object
                    properties:
                      parent: {$ref: '#/components/schemas/Category'}
                      children: {type: array, items: {$ref: '#/components/schemas/Category'}}
                """
        )
        let (document, _) = try parseSpec(yaml)
        #expect(
            summary(try #require(document.components.schemas.first).schema)
                == "{parent: $Category, children: [$Category]}")
    }

    @Test func aLoopOfParameterReferencesIsAnError() {
        let yaml = spec(
            paths: """
                /v3/a:
                  get:
                    operationId: a.get
                    parameters: [{$ref: '#/components/parameters/First'}, {$ref: '#/components/parameters/AuthTokn'}]
                    responses: {'200': {description: ok}}
                """,
            components: """
                parameters:
                  First: {$ref: '#/components/parameters/Second'}
                  Second: {$ref: '#/components/parameters/First'}
                  AuthToken: {name: auth_token, in: query, schema: {type: string}}
                """
        )
        #expect(
            specDiagnostics(yaml) == [
                "spec.yaml:9:68: error: unknown $ref '#/components/parameters/AuthTokn' at"
                    + " #/paths/~1v3~1a/get/parameters/1; did you mean 'AuthToken'?",
                "spec.yaml:13:19: error: $ref cycle: First -> Second -> First",
            ]
        )
    }
}
