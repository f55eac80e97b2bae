import GenOpenAPI
import Testing

/// `x-alipay-runtime-type` on a component schema: a type AlipayRuntime declares by hand.
@Suite struct RuntimeTypeTests {
    @Test func theExtensionMarksTheNamedSchemaAndOnlyIt() throws {
        let (document, warnings) = try parseSpec(
            spec(
                components: """
                    schemas:
                      AlipayTradeStatus:
                        type: string
                        x-alipay-runtime-type: true
                        enum: [WAIT_BUYER_PAY, TRADE_SUCCESS]
                      Plain: {type: string, enum: [A]}
                      Off: {type: string, x-alipay-runtime-type: false}
                    """))
        let marked = Dictionary(uniqueKeysWithValues: document.components.schemas.map { ($0.name, $0.isRuntimeType) })
        #expect(marked == ["AlipayTradeStatus": true, "Plain": false, "Off": false])
        #expect(warnings.isEmpty)
    }

    @Test func aValueThatIsNotABooleanIsAnError() {
        let diagnostics = specDiagnostics(
            spec(components: "schemas:\n  Status: {type: string, x-alipay-runtime-type: [yes]}"))
        #expect(diagnostics.contains { $0.contains("'x-alipay-runtime-type' must be a boolean") })
    }
}
