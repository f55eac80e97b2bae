import Foundation
import Testing

@testable import GenYAML

/// A large document read in two parts gives exactly the tree of a whole read, or is read whole.
@Suite struct SplitReadingTests {
    private static let referencePath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/reference/alipay-v3-openapi.yaml").standardized.path

    /// The tree read in parts, or `nil` when the reader declined to.
    private func readInParts(_ text: String) -> Node? {
        var text = text
        return text.withUTF8 { SplitReader.parse($0, file: "spec.yaml", minimumSize: 0) }
    }

    /// The tree read in parts (`nil` when the reader declined) and the tree read whole.
    private func read(_ text: String) throws -> (inParts: Node?, whole: Node) {
        (readInParts(text), try YAMLReader.parse(text, file: "spec.yaml", splitSize: .max))
    }

    /// `count` schemas under `components.schemas`, each a few lines long.
    private func schemas(_ count: Int) -> String {
        (0..<count).map { index in
            """
                Schema\(index):
                  type: object
                  description: 'schema number \(index), with a quoted: description'
                  properties:
                    value_\(index):
                      type: string
                      enum: [A, B]

            """
        }.joined()
    }

    @Test func aSpecIsCutInsideItsLargestMappingAndJoinedExactly() throws {
        let text =
            "openapi: 3.0.3\npaths:\n  /a:\n    get: {}\ncomponents:\n  schemas:\n" + schemas(200)
            + "tags:\n- name: a\n"
        let (inParts, whole) = try read(text)
        let joined = try #require(inParts)
        #expect(joined == whole)
        #expect(joined["components"]?["schemas"]?.mapping?.count == 200)
    }

    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: referencePath),
            "reference spec not found at ../shared/reference/alipay-v3-openapi.yaml"))
    func theReferenceSpecIsReadInPartsExactly() throws {
        let text = try String(contentsOfFile: Self.referencePath, encoding: .utf8)
        let (inParts, whole) = try read(text)
        #expect(try #require(inParts) == whole)
        #expect(try YAMLReader.parse(text, file: "spec.yaml") == whole)
    }

    private let padding = String(repeating: "x", count: 400)

    @Test func aQuotedScalarAcrossTheCutIsReadWhole() throws {
        // The line `x: ...` looks like an entry but is inside b's double-quoted scalar; without it,
        // b's scalar would run on to the quote on d's line.
        let text = "a: 1\nb: \"\(padding)\nx: \(padding) \(padding)\"\nd: q\"\n"
        let (inParts, whole) = try read(text)
        #expect(inParts == nil)
        #expect(whole["d"]?.scalar?.value == "q\"")
    }

    @Test func aFlowCollectionAcrossTheCutIsReadWhole() throws {
        // libyaml reads `y: ...` as a key of b's flow mapping, though it is not indented; without it,
        // d would be read as a key of that mapping.
        let text = "a: 1\nb: {k: \(padding),\ny: \(padding) \(padding)}\nd: 2}\n"
        let (inParts, whole) = try read(text)
        #expect(inParts == nil)
        #expect(whole["b"]?.mapping?.count == 2)
        #expect(whole["d"]?.scalar?.value == "2}")
    }

    @Test func anAnchorInTheCutOutEntriesIsReadWhole() throws {
        // Read whole, `d` is the second `k`; the cut-out part must not hide it.
        let text = "a: &k 1\nb: \(padding)\nc: &k \(padding) \(padding)\nd: *k\n"
        let (inParts, whole) = try read(text)
        #expect(inParts == nil)
        #expect(whole["d"]?.scalar?.value.hasPrefix("x") == true)
    }

    @Test func aMissingValueBeforeTheCutIsReadWhole() throws {
        // The explicit key `? z` has no value; libyaml places the missing value at the next token,
        // which the cut would move.
        let text = "a: \(padding)\nc:\n  k: v\n  ? z\nd: \(padding) \(padding)\ne: 1\n"
        let (inParts, whole) = try read(text)
        #expect(inParts == nil)
        #expect(whole["c"]?.mapping?[1].value.location.line == 5)
    }

    @Test func aMissingValueAfterClosedCollectionsAtTheCutIsReadWhole() throws {
        // Found by fuzzing: the explicit key `? post:` is a mapping with no value; libyaml closes the
        // key's mapping at the next token and only then places the missing value.
        let text =
            "openapi: 3renAPI von\npaths:\n  /v1/zhima/credit/pe/zmg/sync:\n  ? post:\n"
            + "  Cred  resp   ope\u{FFFD}re:\n          ng\n"
        let (inParts, whole) = try read(text)
        #expect(inParts == nil)
        #expect(whole["paths"]?.mapping?[1].value.location.description == "spec.yaml:5:3")
    }

    @Test func aMissingValueAtTheEndOfTheCutOutEntriesIsReadWhole() throws {
        let side = padding + String(repeating: "y", count: 20)
        let text = "top:\n  a: \(side)\n  c:\n    k: \(padding) \(padding)\n    ? z\n  d: \(side)\n"
        let (inParts, whole) = try read(text)
        #expect(inParts == nil)
        #expect(whole["top"]?["c"]?.mapping?[1].value.location.description == "spec.yaml:6:3")
    }

    @Test func aKeptBlockScalarBeforeTheCutIsReadWhole() throws {
        // `|+` keeps trailing line breaks, which the emptied lines of the cut would add to.
        let text = "a: \(padding)\nb: |+\n  text\n\nc: \(padding) \(padding)\nd: 1\n"
        let (inParts, whole) = try read(text)
        #expect(inParts == nil)
        #expect(whole["b"]?.scalar?.value == "text\n\n")
    }

    @Test func aKeyInBothPartsIsReadWholeAndReported() throws {
        let text = "a: \(padding)\nc: 1\nc: \(padding) \(padding)\nd: 1\n"
        #expect(readInParts(text) == nil)
        #expect(throws: DiagnosticError.self) { try YAMLReader.parse(text, file: "spec.yaml", splitSize: 0) }
    }

    @Test func lineBreaksLibyamlCountsDifferentlyAreNotCut() throws {
        for lineBreak in ["\r\n", "\u{2028}", "\u{85}"] {
            let text = "a: \(padding)\(lineBreak)b: \(padding) \(padding)\nd: 1\n"
            var bytes = text
            #expect(bytes.withUTF8 { DocumentSplit.find(in: $0, minimumSize: 0) } == nil)
        }
    }

    @Test func nestingTooDeepOnlyCountingFromTheDocumentRootIsReadWhole() throws {
        // Within the cut-out entries S1 nests 511 deep, fine on its own; from the root it is 514.
        let deep = String(repeating: "[", count: 510) + String(repeating: "]", count: 510)
        let text = "components:\n  schemas:\n    S0: \(padding)\n    S1: \(deep)\n    S2: 1\n"
        #expect(readInParts(text) == nil)
        let inParts = #expect(throws: DiagnosticError.self) { try YAMLReader.parse(text, file: "s.yaml", splitSize: 0) }
        #expect(inParts?.diagnostics.first?.description.contains("nested more than 512 deep") == true)
    }

    @Test func aLineStartingWithATagIsNotTakenForAnEntry() throws {
        // Found by fuzzing: cut at `!t`, the part read alone gives the tag to its root, and the
        // error of the whole read (a key that runs onto the next line) is lost.
        let text = "a: \(padding)\nm:\n  k: v\n  !t\n      type: \(padding) \(padding)\n  z: \(padding)\n"
        #expect(readInParts(text) == nil)
        let inParts = #expect(throws: DiagnosticError.self) {
            try YAMLReader.parse(text, file: "s.yaml", splitSize: 0)
        }
        let whole = #expect(throws: DiagnosticError.self) {
            try YAMLReader.parse(text, file: "s.yaml", splitSize: .max)
        }
        #expect(inParts?.diagnostics.map(\.description) == whole?.diagnostics.map(\.description))
    }

    @Test func errorsAreThoseOfAWholeRead() {
        let text = "a: \(padding)\nb: [1, 2\nc: \(padding) \(padding)\nd: 1\n"
        let inParts = #expect(throws: DiagnosticError.self) { try YAMLReader.parse(text, file: "s.yaml", splitSize: 0) }
        let whole = #expect(throws: DiagnosticError.self) {
            try YAMLReader.parse(text, file: "s.yaml", splitSize: .max)
        }
        #expect(inParts?.diagnostics.map(\.description) == whole?.diagnostics.map(\.description))
    }
}
