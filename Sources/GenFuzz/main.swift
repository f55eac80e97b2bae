import Foundation
import GenOpenAPI
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

/// A context with every kind of value, for templates to look names up in.
let templateContext: TemplateValue = [
    "name": "Zmgo <&>", "flag": true, "off": false, "lines": ["a", "b"], "empty": [],
    "methods": .objects([["name": "sync", "isLast": false], ["name": "query", "isLast": true]]),
    "object": ["inner": ["deep": "x"]],
]

func renderAsTemplate(_ text: String) {
    guard let template = try? Template(text),
        let partial = try? Template("{{#lines}}\n  {{.}}\n{{/lines}}\n"),
        let library = try? TemplateLibrary(["input": template, "_partial": partial])
    else { return }
    _ = library.render("input", with: templateContext)
}

#if FUZZING
    // Built with `-sanitize=fuzzer -DFUZZING`: libFuzzer drives `runStages` (see bench/fuzz.sh).
    @_cdecl("LLVMFuzzerTestOneInput")
    func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
        runStages(UnsafeRawBufferPointer(start: data, count: size))
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
        data.withUnsafeBytes(runStages)
    }
#endif
