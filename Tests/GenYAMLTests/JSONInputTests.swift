import GenYAML
import Testing

/// JSON goes through the same reader: it is YAML in flow style.
@Suite struct JSONInputTests {
    @Test func jsonIsReadWithPositions() throws {
        let root = try YAMLReader.parse(
            """
            {
              "openapi": "3.0.3",
              "paths": {
                "/v3/a": {"get": {"operationId": "a.get", "deprecated": false}}
              }
            }
            """,
            file: "spec.json"
        )
        #expect(root["openapi"]?.scalar == Scalar("3.0.3", style: .doubleQuoted))
        let get = try #require(root["paths"]?["/v3/a"]?["get"])
        #expect(get.location.description == "spec.json:4:22")
        #expect(get["operationId"]?.location.description == "spec.json:4:38")
        #expect(get["deprecated"]?.bool == false)
    }

    @Test func duplicateJSONKeysAreErrorsToo() {
        let error = #expect(throws: DiagnosticError.self) {
            try YAMLReader.parse(#"{"a": 1, "b": 2, "a": 3}"#, file: "spec.json")
        }
        #expect(error?.description == "spec.json:1:18: error: duplicate key 'a' (first at line 1, column 2)")
    }
}
