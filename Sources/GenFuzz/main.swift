import Foundation
import GenImport
import GenOpenAPI
import GenOverlay
import GenSDKModel
import GenTemplate
import GenYAML

/// Runs one input through the YAML, OpenAPI and SDK model stages, and through the template parser
/// and renderer. Whatever the bytes, the result is a model, a rendering or diagnostics, never a crash.
/// Reading the YAML in two parts must give what reading it whole gives.
func runStages(_ bytes: UnsafeRawBufferPointer) {
    let text = String(decoding: bytes, as: UTF8.self)
    renderAsTemplate(text)
    let whole = Result { () throws(DiagnosticError) in try YAMLReader.parse(text, file: "input.yaml", splitSize: .max) }
    let inParts = Result { () throws(DiagnosticError) in try YAMLReader.parse(text, file: "input.yaml", splitSize: 0) }
    switch (whole, inParts) {
    case (.success(let one), .success(let other)) where one == other:
        break
    case (.failure(let one), .failure(let other))
    where one.diagnostics.map(\.description) == other.diagnostics.map(\.description):
        break
    default:
        fatalError("reading in parts differs from reading whole: \(whole) vs \(inParts)")
    }
    guard let root = try? whole.get(),
        let parsed = try? DocumentParser().parse(root, file: "input.yaml")
    else { return }
    _ = try? SDKModelBuilder().build(parsed.document)
}

/// `gen import`: the input, read as a spec, loses its prose and is written as YAML; the text must
/// read back as the same values. Writing may refuse a value libyaml cannot write, never crash.
func runImport(_ bytes: UnsafeRawBufferPointer) {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let root = try? YAMLReader.parse(text, file: "input.yaml") else { return }
    let facts = SpecImport.withoutProse(root)
    guard let written = try? YAMLWriter.write(facts) else { return }
    let reread: Node
    do {
        reread = try YAMLReader.parse(written, file: "written.yaml")
    } catch {
        fatalError("written YAML does not read back: \(error)\n\(written)")
    }
    if !reread.hasSameValue(as: facts) {
        fatalError("written YAML reads back as other values:\n\(written)")
    }
    if SpecImport.withoutProse(reread).hasSameValue(as: reread) == false {
        fatalError("removing prose twice differs from removing it once:\n\(written)")
    }
}

/// The spec overlays are applied to: paths, parameters, tags and schemas to aim at.
let overlaySpec = """
    openapi: 3.0.3
    info: {title: T, version: '1'}
    tags: [{name: alipay.trade}, {name: alipay.fund}]
    paths:
      /v3/alipay/trade/query:
        post:
          operationId: alipay.trade.query
          parameters: [{name: trade_no, in: query}, {name: org_pid, in: query}]
          responses: {'200': {description: OK}}
    components:
      schemas:
        AlipayTradeQueryModel:
          type: object
          required: [trade_no]
          properties: {out_trade_no: {type: string}, trade_no: {type: string}}
    """

/// The overlay reader: the input, read as an overlay, is applied to `overlaySpec`, and its first line
/// is read as a JSONPath. Whatever the bytes: an overlay, a changed spec or diagnostics.
func runOverlay(_ bytes: UnsafeRawBufferPointer) {
    let text = String(decoding: bytes, as: UTF8.self)
    _ = try? JSONPath(String(text.prefix { $0 != "\n" }))
    guard let root = try? YAMLReader.parse(text, file: "overlay.yaml"),
        let overlay = try? Overlay(root, file: "overlay.yaml"),
        let spec = try? YAMLReader.parse(overlaySpec, file: "spec.yaml")
    else { return }
    var specs = [spec, spec]
    if (try? Overlay.apply([overlay], to: &specs)) != nil, !specs[0].hasSameValue(as: specs[1]) {
        fatalError("one overlay changed two equal specs differently")
    }
}

/// The stages `GEN_FUZZ_TARGET` names: `stages` (default), `import` or `overlay`.
let target = ProcessInfo.processInfo.environment["GEN_FUZZ_TARGET"] ?? "stages"

func runTarget(_ bytes: UnsafeRawBufferPointer) {
    switch target {
    case "import": runImport(bytes)
    case "overlay": runOverlay(bytes)
    default: runStages(bytes)
    }
}

/// A context with every kind of value, for templates to look names up in.
let templateContext: TemplateValue = [
    "name": "Zmgo <&>", "flag": true, "off": false, "lines": ["a", "b"], "empty": [],
    "methods": .objects([["name": "sync", "isLast": false], ["name": "query", "isLast": true]]),
    "object": ["inner": ["deep": "x"]], "nothing": .null,
]

func renderAsTemplate(_ text: String) {
    guard let template = try? Template(text),
        let partial = try? Template("{{#lines}}\n  {{.}}\n{{/lines}}\n"),
        let library = try? TemplateLibrary(["input": template, "_partial": partial])
    else { return }
    // A name the context lacks is an error the render throws; the fuzzer looks for crashes and hangs.
    _ = try? library.render("input", with: templateContext)
}

#if FUZZING
    // Built with `-sanitize=fuzzer -DFUZZING`: libFuzzer drives `runStages` (see bench/fuzz.sh).
    @_cdecl("LLVMFuzzerTestOneInput")
    func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
        runTarget(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    }

    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
    ) -> Int32

    var argumentCount = CommandLine.argc
    var arguments = CommandLine.unsafeArgv
    exit(runFuzzerDriver(&argumentCount, &arguments, fuzzOneInput))
#else
    // A plain build replays files (a corpus, or an input that once crashed) through the same stages.
    for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
            exit(2)
        }
        data.withUnsafeBytes(runTarget)
    }
#endif
