import Foundation
import Testing

/// A schema marked `x-alipay-runtime-type: true` is AlipayRuntime's: the SDK names it but does not
/// declare it, so the runtime and the SDK share one type.
@Suite struct RuntimeTypeSnippetTests {
    static let yaml = Snippet.spec(
        paths: """

              /v3/alipay/trade/query:
                post:
                  tags: [alipay.trade]
                  operationId: alipay.trade.query
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/AlipayTradeQueryResponseModel'
            """,
        schemas: """
                AlipayTradeQueryResponseModel:
                  type: object
                  properties:
                    trade_status:
                      $ref: '#/components/schemas/AlipayTradeStatus'
                    refund_status:
                      $ref: '#/components/schemas/AlipayRefundStatus'
                AlipayTradeStatus:
                  type: string
                  x-alipay-runtime-type: true
                  enum: [WAIT_BUYER_PAY, TRADE_SUCCESS]
                AlipayRefundStatus:
                  type: string
                  enum: [REFUND_SUCCESS]
            """)

    @Test func theRuntimeTypeIsReferencedButNotDeclared() throws {
        let files = try Snippet.generate(Self.yaml)
        let all = files.filter { $0.key.hasSuffix(".swift") }.values.joined()
        #expect(all.contains("    public var tradeStatus: AlipayTradeStatus?\n"))
        #expect(!all.contains("enum AlipayTradeStatus"))
        #expect(!files.keys.contains { $0.hasSuffix("/AlipayTradeStatus.swift") })
        // An unmarked enum next to it is still generated.
        #expect(all.contains("public enum AlipayRefundStatus: AlipayStringEnum {\n"))
    }
}
