import GenOverlay
import GenYAML
import Testing

/// `extends`: an overlay changes the spec it names alone, so that the overlays of one spec leave a
/// second spec generated with it untouched.
@Suite struct OverlayExtendsTests {
    private let v3 =
        "openapi: 3.0.3\ninfo: {title: v3, version: '1'}\npaths: {}\ncomponents: {schemas: {A: {type: string}}}"
    private let v2 =
        "openapi: 3.0.3\ninfo: {title: v2, version: '1'}\npaths: {}\ncomponents: {schemas: {B: {type: string}}}"

    /// An overlay in `/specs` that extends `extends` (line 2, column 10) and adds `Status` to every
    /// `components.schemas` it reaches.
    private func overlay(extends: String) throws -> Overlay {
        let text = """
            overlay: 1.0.0
            extends: \(extends)
            info: {title: O, version: '1'}
            actions:
              - target: $.components.schemas
                update: {Status: {type: string}}
              - target: $.info
                update: {title: changed}
            """
        return try Overlay(try YAMLReader.parse(text, file: "/specs/overlay.yaml"), file: "/specs/overlay.yaml")
    }

    private func roots() throws -> [Node] {
        [try YAMLReader.parse(v3, file: "/specs/v3.yaml"), try YAMLReader.parse(v2, file: "/specs/v2.yaml")]
    }

    @Test func anOverlayChangesTheSpecItExtendsAlone() throws {
        var specs = try roots()
        try Overlay.apply([try overlay(extends: "v3.yaml")], to: &specs, files: ["/specs/v3.yaml", "/specs/v2.yaml"])
        #expect(specs[0]["components"]?["schemas"]?["Status"] != nil)
        #expect(specs[0]["info"]?["title"]?.scalar?.value == "changed")
        #expect(specs[1]["components"]?["schemas"]?["Status"] == nil)
        #expect(specs[1]["info"]?["title"]?.scalar?.value == "v2")

        // Without the files, as before: every spec.
        var unknown = try roots()
        try Overlay.apply([try overlay(extends: "v3.yaml")], to: &unknown)
        #expect(unknown[1]["components"]?["schemas"]?["Status"] != nil)
    }

    @Test func anOverlayThatExtendsNoSpecOfTheRunIsAnErrorAtExtends() throws {
        var specs = try roots()
        do {
            try Overlay.apply(
                [try overlay(extends: "alipay-v3.yaml")], to: &specs, files: ["/specs/v3.yaml", "/specs/v2.yaml"])
            Issue.record("an overlay of a spec that is not generated was applied")
        } catch let error as DiagnosticError {
            #expect(
                error.diagnostics.map(\.description) == [
                    "/specs/overlay.yaml:2:10: error: the overlay extends 'alipay-v3.yaml', which is not among the specs"
                        + " (v3.yaml, v2.yaml)"
                ])
        }
    }
}
