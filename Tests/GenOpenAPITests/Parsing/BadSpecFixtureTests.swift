import GenOpenAPI
import GenYAML
import Testing

/// The bad specs under `Tests/Fixtures/BadSpecs`, each a small Alipay-style spec with one fault,
/// and the exact diagnostic that reading it gives.
@Suite struct BadSpecFixtureTests {
    @Test(arguments: [
        ("syntax-error.yaml", "13:16: error: mapping values are not allowed in this context"),
        ("empty.yaml", "1:1: error: empty document"),
        (
            "unknown-ref.yaml",
            "20:21: error: unknown $ref '#/components/schemas/ZhimaCreditPeZmgoCumulationSyncModle' at"
                + " #/paths/~1v3~1zhima~1credit~1pe~1zmgo~1cumulation~1sync/post/requestBody/content/application~1json"
                + "/schema; did you mean 'ZhimaCreditPeZmgoCumulationSyncModel'?"
        ),
        (
            "duplicate-operation-id.yaml",
            "42:20: error: duplicate operationId 'zhima.credit.pe.zmgo.cumulation.sync' (first at line 15, column 20)"
        ),
        ("wrong-type.yaml", "15:20: error: 'operationId' must be a string, found a sequence"),
        (
            "ref-cycle.yaml",
            "40:13: error: $ref cycle: ZhimaCreditPeZmgoCumulationSyncModel -> ZmgoCumulationSyncRequest"
                + " -> ZhimaCreditPeZmgoCumulationSyncModel"
        ),
    ])
    func aBadSpecGivesExactlyItsDiagnostic(file: String, expected: String) {
        let path = TestFiles.badSpec(file)
        let error = #expect(throws: DiagnosticError.self) {
            let root = try YAMLReader.parse(contentsOf: path)
            _ = try DocumentParser().parse(root, file: path)
        }
        #expect(error?.diagnostics.map(\.description) == ["\(path):\(expected)"])
    }
}
