import GenSDKModel

// What the runtime offers generated code only is `@_spi(Generated)`: a file that uses it imports
// `@_spi(Generated) import AlipayRuntime`.

extension APIMethod {
    /// Whether the method's body uses the runtime's generated-code API: `AlipayRequest.path(_:parameters:)`
    /// for path parameters, the query items' `append(_:_:)`, or the v2 calls that take a model.
    var usesGeneratedSPI: Bool {
        guard v2 == nil else {
            if case .json = body { return true }
            return false
        }
        return parameters.contains { $0.role == .path || $0.role == .query }
    }
}

extension ModelContext {
    /// Whether the model's declaration uses the runtime's generated-code API: a structure's
    /// `AlipayField` list, an enum's `AlipayKnownValues`, a union's `AlipayOneOf`; an alias uses none.
    var usesGeneratedSPI: Bool {
        if case .alias = model.kind { return false }
        return true
    }
}
