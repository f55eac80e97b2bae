import GenOpenAPI
import GenYAML
import Testing

/// `x-alipay-v2`: how an operation of our v2 spec is bound to the v2 gateway, and its errors.
@Suite struct V2BindingTests {
    /// One operation whose `x-alipay-v2` is `binding`; line `n` of `binding` is line `11 + n`, column 9 + its own.
    private func operation(binding: String) -> String {
        spec(
            paths: """
                /v2/alipay.trade.page.pay:
                  post:
                    operationId: alipay.trade.page.pay
                    tags: [alipay.trade.page]
                    x-alipay-v2:
                \(indented(binding, by: 6))
                    responses:
                      '200': {description: signed}
                """)
    }

    @Test func theBindingIsReadFromTheOperation() throws {
        let (document, warnings) = try parseSpec(operation(binding: "method: alipay.trade.page.pay\ncall: page"))
        #expect(warnings.isEmpty)
        let binding = try #require(document.operations.first?.v2)
        #expect(binding.method == "alipay.trade.page.pay")
        #expect(binding.call == .page)
        #expect(binding.location.description == "spec.yaml:10:7")
        for call in ["sdk", "server"] {
            let parsed = try parseSpec(operation(binding: "method: alipay.trade.app.pay\ncall: \(call)"))
            #expect(parsed.document.operations.first?.v2?.call.rawValue == call)
        }
        let v3 = try parseSpec(
            spec(paths: "/v3/a:\n  get:\n    operationId: a.get\n    responses: {'200': {description: ok}}"))
        #expect(v3.document.operations.first?.v2 == nil)
    }

    @Test func anUnknownCallKindIsAnErrorAtItsValue() {
        #expect(
            specDiagnostics(operation(binding: "method: alipay.trade.page.pay\ncall: pages")) == [
                "spec.yaml:12:15: error: unknown v2 call kind 'pages' at #/paths/~1v2~1alipay.trade.page.pay/post/x-alipay-v2;"
                    + " expected one of 'page', 'sdk', 'server'; did you mean 'page'?"
            ])
    }

    @Test func aMissingOrEmptyMethodIsAnError() {
        #expect(
            specDiagnostics(operation(binding: "call: page")) == [
                "spec.yaml:10:7: error: missing required field 'method' in 'x-alipay-v2'"
            ])
        #expect(
            specDiagnostics(operation(binding: "method: ''\ncall: sdk")) == [
                "spec.yaml:11:17: error: 'x-alipay-v2.method' must name a v2 API, e.g. 'alipay.trade.page.pay'"
            ])
        #expect(
            specDiagnostics(operation(binding: "method: alipay.trade.app.pay")) == [
                "spec.yaml:10:7: error: missing required field 'call' in 'x-alipay-v2'"
            ])
    }

    @Test func aBindingThatIsNotAMappingIsAnError() {
        let yaml = spec(
            paths: """
                /v2/a:
                  post:
                    operationId: a.pay
                    x-alipay-v2: alipay.trade.page.pay
                    responses: {'200': {description: signed}}
                """)
        #expect(
            specDiagnostics(yaml) == ["spec.yaml:9:20: error: 'x-alipay-v2' must be a mapping, found a string"])
    }
}
