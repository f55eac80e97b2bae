import Testing

@testable import GenOpenAPI

/// The start of a `$ref` into each section of `components`.
@Suite struct ComponentKindTests {
    @Test func aReferencePrefixNamesItsSection() {
        let kinds: [ComponentKind] = [.schemas, .parameters, .requestBodies, .responses]
        for kind in kinds {
            #expect(kind.referencePrefix == "#/components/" + kind.rawValue + "/")
        }
    }
}
