import GenOpenAPI
import GenYAML
import Testing

/// A schema `$ref` to another spec file (`v3.yaml#/components/schemas/Name`): accepted by the parser,
/// checked when the specs are merged, and shared rather than defined twice.
@Suite struct ExternalReferenceTests {
    private func parse(_ yaml: String, file: String) throws -> Document {
        try DocumentParser().parse(try YAMLReader.parse(yaml, file: file), file: file).document
    }

    private let v3 = """
        openapi: 3.0.3
        info: {title: v3, version: '1'}
        paths: {}
        components:
          schemas:
            SubMerchant:
              properties:
                merchant_id: {type: string}
        """

    /// A v2 spec whose model refers to `reference`; the `$ref` is on line 8, its value at column 29.
    private func v2(_ reference: String) -> String {
        """
        openapi: 3.0.3
        info: {title: v2, version: '1'}
        paths: {}
        components:
          schemas:
            PayModel:
              properties:
                sub_merchant: {$ref: '\(reference)'}
        """
    }

    @Test func aReferenceToAnotherSpecSharesItsSchema() throws {
        let payments = try parse(v2("v3.yaml#/components/schemas/SubMerchant"), file: "/specs/v2.yaml")
        #expect(payments.externalSchemaReferences.map(\.name) == ["SubMerchant"])
        #expect(payments.externalSchemaReferences.first?.location.description == "/specs/v2.yaml:8:30")
        let merged = try Document.merged([payments, try parse(v3, file: "/specs/v3.yaml")])
        #expect(merged.components.schemas.map(\.name) == ["PayModel", "SubMerchant"])
        guard case .object(let object) = merged.components.schemas[0].schema.kind,
            case .reference(let target) = object.properties.first?.schema.kind
        else {
            Issue.record("PayModel.sub_merchant is not a reference")
            return
        }
        #expect(target.name == "SubMerchant")
        // The same file, spelled through its folder.
        let spelled = try parse(v2("../specs/./v3.yaml#/components/schemas/SubMerchant"), file: "/specs/v2.yaml")
        #expect(throws: Never.self) { try Document.merged([spelled, try parse(v3, file: "/specs/v3.yaml")]) }
    }

    @Test func aReferenceToASpecNotGeneratedOrASchemaItLacksIsAnErrorAtTheRef() throws {
        let v3Document = try parse(v3, file: "/specs/v3.yaml")
        let elsewhere = try parse(v2("v4.yaml#/components/schemas/SubMerchant"), file: "/specs/v2.yaml")
        #expect(throws: DiagnosticError.self) { try Document.merged([elsewhere, v3Document]) }
        do {
            _ = try Document.merged([elsewhere, v3Document])
        } catch {
            #expect(
                error.diagnostics.map(\.description) == [
                    "/specs/v2.yaml:8:30: error: $ref to 'v4.yaml', which is not among the specs generated together"
                        + " (v2.yaml, v3.yaml)"
                ])
        }
        let misspelled = try parse(v2("v3.yaml#/components/schemas/SubMerchnat"), file: "/specs/v2.yaml")
        do {
            _ = try Document.merged([misspelled, v3Document])
            Issue.record("a schema v3.yaml lacks was accepted")
        } catch {
            #expect(
                error.diagnostics.map(\.description) == [
                    "/specs/v2.yaml:8:30: error: 'v3.yaml' defines no schema 'SubMerchnat'; did you mean 'SubMerchant'?"
                ])
        }
        // Alone, without the spec it names.
        do {
            _ = try Document.merged([try parse(v2("v3.yaml#/components/schemas/SubMerchant"), file: "/specs/v2.yaml")])
            Issue.record("a reference to a spec that is not generated was accepted")
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.first?.message.hasPrefix("$ref to 'v3.yaml', which is not among") == true)
        }
    }

    @Test func aSchemaDefinedInTwoSpecsIsStillRefused() throws {
        let twice = try parse(v3.replacingOccurrences(of: "title: v3", with: "title: again"), file: "/specs/again.yaml")
        do {
            _ = try Document.merged([try parse(v3, file: "/specs/v3.yaml"), twice])
            Issue.record("a schema defined twice was accepted")
        } catch let error as DiagnosticError {
            #expect(
                error.diagnostics.map(\.description) == [
                    "/specs/again.yaml:7:7: error: schema 'SubMerchant' is also defined at /specs/v3.yaml:7:7"
                ])
        }
    }
}
