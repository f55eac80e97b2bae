import GenOverlay
import GenYAML
import Testing

/// Overlays change the spec trees as Overlay 1.0.0 says, and a target that matches nothing is an
/// error at the target's position.
@Suite struct OverlayApplicationTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        tags:
          - name: alipay.trade
          - name: alipay.fund
        paths:
          /v3/alipay/trade/query:
            post:
              operationId: alipay.trade.query
              parameters:
                - {name: trade_no, in: query}
                - {name: org_pid, in: query}
        components:
          schemas:
            AlipayTradeQueryModel:
              type: object
              required: [trade_no]
              properties:
                out_trade_no: {type: string}
                trade_no: {type: string}
                description: {type: string}
        """

    /// `spec` with the overlay's actions (YAML, indented as under `actions:`) applied, written back as YAML.
    func applied(_ actions: String, to specs: [String] = [spec]) throws -> [String] {
        let overlay = try Overlay(
            YAMLReader.parse("overlay: 1.0.0\ninfo: {title: O, version: '1'}\nactions:\n" + actions, file: "o.yaml"),
            file: "o.yaml")
        var roots = try specs.enumerated().map { try YAMLReader.parse($1, file: "s\($0).yaml") }
        try Overlay.apply([overlay], to: &roots)
        return try roots.map { try YAMLWriter.write($0) }
    }

    func failure(_ actions: String) -> [String] {
        do {
            _ = try applied(actions)
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func updateAddsKeysMergesMappingsAndReplacesScalars() throws {
        let yaml = try applied(
            """
              - target: "$.paths['/v3/alipay/trade/query'].post"
                update: {summary: Query a payment, operationId: renamed}
              - target: $.components.schemas.AlipayTradeQueryModel
                update:
                  required: [out_trade_no, trade_no]
                  properties:
                    out_trade_no: {description: The merchant's number., enum: [A, 'Y']}
            """)[0]
        #expect(yaml.contains("      operationId: renamed\n      parameters:"))
        #expect(yaml.contains("      summary: Query a payment\n"))
        // Sequences get the new items only; new keys go last, existing ones stay in place.
        #expect(yaml.contains("      required:\n      - trade_no\n      - out_trade_no\n      properties:"))
        #expect(
            yaml.contains(
                "        out_trade_no:\n          type: string\n          description: The merchant's number.\n"
                    + "          enum:\n          - A\n          - 'Y'\n        trade_no:"))
    }

    @Test func filtersWildcardsAndIndexesSelectItems() throws {
        let yaml = try applied(
            """
              - target: "$.paths['/v3/alipay/trade/query'].post.parameters[?(@.name == 'org_pid')]"
                update: {deprecated: true}
              - target: "$.tags[*]"
                update: {x-seen: 1}
              - target: "$.tags[-1]"
                update: {description: Funds.}
            """)[0]
        #expect(yaml.contains("      - name: org_pid\n        in: query\n        deprecated: true\n"))
        #expect(
            yaml.contains(
                "- name: alipay.trade\n  x-seen: 1\n- name: alipay.fund\n  x-seen: 1\n  description: Funds.\n"))
    }

    @Test func removeTakesKeysAndItemsOut() throws {
        let yaml = try applied(
            """
              - target: $.components.schemas.AlipayTradeQueryModel.properties.description
                remove: true
              - target: "$.paths['/v3/alipay/trade/query'].post.parameters[?(@.name == 'trade_no')]"
                remove: true
            """)[0]
        #expect(!yaml.contains("description"))
        #expect(!yaml.contains("name: trade_no"))
        #expect(yaml.contains("name: org_pid"))
    }

    @Test func laterActionsSeeEarlierOnesAndEverySpecIsSearched() throws {
        let other =
            "openapi: 3.0.3\ninfo: {title: U, version: '1'}\npaths: {}\ncomponents: {schemas: {Other: {type: string}}}\n"
        let yamls = try applied(
            """
              - target: $.components.schemas
                update: {AlipayTradeStatus: {type: string, enum: [TRADE_SUCCESS]}}
              - target: $.components.schemas.AlipayTradeStatus.enum
                update: [TRADE_CLOSED]
              - target: $.components.schemas.Other
                update: {description: Only in the second spec.}
            """, to: [Self.spec, other])
        #expect(
            yamls[0].contains(
                "    AlipayTradeStatus:\n      type: string\n      enum:\n      - TRADE_SUCCESS\n      - TRADE_CLOSED\n"
            ))
        #expect(yamls[1].contains("    AlipayTradeStatus:"))
        #expect(yamls[1].contains("description: Only in the second spec."))
    }

    @Test func aTargetThatMatchesNothingIsAnErrorWithItsPositionAndTheNearestKey() {
        #expect(
            failure(
                """
                  - target: $.components.schemas.AlipayTradeQueryModel.properties.out_trade_num
                    update: {description: x}
                  - target: "$.tags[?(@.name == 'alipay.user')]"
                    remove: true
                  - target: $.components.schemas.AlipayTradeQueryModel
                    update: {description: fine}
                """) == [
                    "o.yaml:4:13: error: target $.components.schemas.AlipayTradeQueryModel.properties.out_trade_num"
                        + " matches nothing: key 'out_trade_num' selects nothing under"
                        + " $.components.schemas.AlipayTradeQueryModel.properties; did you mean 'out_trade_no'?",
                    "o.yaml:6:13: error: target $.tags[?(@.name == 'alipay.user')] matches nothing:"
                        + " the filter @.name == 'alipay.user' selects nothing under $.tags",
                ])
    }

    @Test func malformedOverlaysAreRefusedWithPositions() {
        func diagnostics(_ yaml: String) -> [String] {
            do {
                _ = try Overlay(YAMLReader.parse(yaml, file: "o.yaml"), file: "o.yaml")
                return []
            } catch {
                return error.diagnostics.map(\.description)
            }
        }
        #expect(
            diagnostics("overlay: 2.0.0\ninfo: {title: O}\nacitons: []\n") == [
                "o.yaml:3:1: error: unknown field 'acitons' in an overlay; expected 'actions', 'extends', 'info',"
                    + " 'overlay' or an x- extension",
                "o.yaml:1:10: error: unsupported overlay version; this generator reads 'overlay: 1.0.0'",
                "o.yaml:2:7: error: 'info' needs a 'version'",
                "o.yaml:1:1: error: an overlay needs 'actions', a list of changes",
            ])
        #expect(
            diagnostics(
                """
                overlay: 1.0.0
                info: {title: O, version: '1'}
                actions:
                  - target: $..x
                    update: {}
                  - target: $.a
                    update: {}
                    remove: true
                  - target: $.a
                  - update: {}
                  - target: $
                    remove: true
                """) == [
                    "o.yaml:4:13: error: invalid target '$..x': recursive descent ('..') is not supported;"
                        + " name each key (at character 3)",
                    "o.yaml:6:5: error: an action either updates or removes its target, not both",
                    "o.yaml:9:5: error: an action needs 'update' (what to merge) or 'remove: true'",
                    "o.yaml:10:5: error: an action needs a 'target', a JSONPath such as $.paths['/v3/...'].post",
                    "o.yaml:11:13: error: the root cannot be removed",
                ])
    }
}
