import ArgumentParser
import Foundation
import GenImport
import GenPipeline
import GenYAML

/// `gen`: turns Alipay OpenAPI specs into the Swift SDK under Generated/; `gen import` brings in
/// an official spec.
struct Gen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gen",
        abstract: "Generate the Alipay Swift SDK from OpenAPI specs.",
        subcommands: [Generate.self, Import.self],
        defaultSubcommand: Generate.self)
}

/// `gen [generate] Specs/`: the SDK from the specs and overlays in a folder.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate the SDK (the default command).",
        discussion: """
            Reads every .yaml, .yml and .json file in the given folders (or the given files): OpenAPI \
            specs, and OpenAPI Overlay 1.0.0 documents, which are applied to the specs in the order of \
            their file names before anything else reads them. Writes typed models, API classes and their \
            docs. Files that did not change are left untouched; files that are no longer produced are \
            removed. On any error nothing is written.

            Templates: gen's own ship beside the executable in the resource bundle \
            alipay-swift_GenRender.resources; to run gen from another folder, copy the gen executable \
            and that folder together. --templates DIR replaces any of them by a file of the same name. \
            A tag naming a value that its context does not have is an error at the tag's \
            file:line:column.

            Exit codes: 0 success, 1 spec errors or --check found differences, 2 usage.
            """)

    @Argument(help: "Spec files or folders.")
    var specs: [String]

    @Option(help: "The folder to write.")
    var output = "Generated"

    @Option(help: "A folder of .mustache templates that replace the built-in ones of the same name.")
    var templates: String?

    @Option(help: "Keep only operations whose tag starts with this prefix (repeatable), and the schemas they reach.")
    var include: [String] = []

    @Option(
        help:
            "The package manifest whose list of API families gen rewrites (default: Package.swift beside the output folder, if it exists)."
    )
    var packageManifest: String?

    @Option(
        help: ArgumentHelp(
            "What every generated module name starts with.",
            discussion:
                "<prefix>SharedModels, <prefix>SDK and a module per API family (alipay.trade -> <prefix>Trade); "
                + "the imports, examples and docs gen writes use them. A package of your own that depends on "
                + "alipay-swift for AlipayRuntime needs a prefix other than Alipay (see the README's Regenerate "
                + "section for its Package.swift)."))
    var modulePrefix = "Alipay"

    @Flag(help: "Leave the package manifest alone.")
    var skipPackageManifest = false

    @Flag(help: "Write nothing; exit 1 and list the files that differ when the output is not what the specs produce.")
    var check = false

    @Flag(help: "Print errors only, not warnings or the summary.")
    var quiet = false

    @Flag(help: "Also print the time each stage took.")
    var timings = false

    mutating func run() throws {
        let generator = Generator(
            options: Generator.Options(
                specs: specs, output: output, templates: templates, include: include, check: check,
                packageManifest: packageManifest, updatesPackageManifest: !skipPackageManifest,
                modulePrefix: modulePrefix, freesMemory: false))
        let summary: Generator.Summary
        do {
            summary = try generator.run()
        } catch {
            for diagnostic in error.diagnostics {
                printError(diagnostic.description)
            }
            let count = error.diagnostics.filter { $0.severity == .error }.count
            printError("gen: \(count) error\(count == 1 ? "" : "s"); \(output) was not changed")
            throw ExitCode(1)
        }
        if !quiet {
            for warning in summary.warnings {
                printError(warning.description)
            }
        }
        if check, !(summary.written.isEmpty && summary.removed.isEmpty && summary.packageManifest == nil) {
            for path in summary.written {
                printError("differs: \(output)/\(path)")
            }
            for path in summary.removed {
                printError("stale: \(output)/\(path)")
            }
            if let manifest = summary.packageManifest {
                printError("differs: \(manifest) (its list of API families)")
            }
            printError(
                "gen: \(output) is not what the specs produce; run `swift run gen \(specs.joined(separator: " "))`")
            throw ExitCode(1)
        }
        if !quiet {
            print(summary.line(check: check))
        }
        if timings {
            print(summary.stages.map { "\($0.name) \(String(format: "%.3f", $0.seconds)) s" }.joined(separator: ", "))
        }
    }

}

/// `gen import oasSchema.json`: the facts of an official spec, without Alipay's prose.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the facts of an official Alipay spec to Specs/, without Alipay's prose.",
        discussion: """
            Reads an OpenAPI spec (Alipay publishes oasSchema.json; its YAML form gives the same output) \
            and writes every path, operation, parameter, schema, type, format, enum, required list, \
            deprecation, encoding and example to the output file, leaving out every description, summary \
            and title. On any error the output file is left as it was.

            Exit codes: 0 success, 1 errors in the input, 2 usage.
            """)

    @Argument(help: "The official spec, JSON or YAML.")
    var spec: String

    @Option(help: "The file to write.")
    var output = "Specs/alipay-v3.yaml"

    mutating func run() throws {
        do {
            let summary = try SpecImport(input: spec, output: output).run()
            print(
                "\(summary.operationCount) operations, \(summary.schemaCount) schemas; \(output) "
                    + (summary.changed ? "written (\(summary.bytes) bytes)" : "unchanged"))
        } catch {
            for diagnostic in error.diagnostics {
                printError(diagnostic.description)
            }
            printError("gen import: \(output) was not changed")
            throw ExitCode(1)
        }
    }
}

private func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

// Usage errors exit with 2, as the documentation says, not ArgumentParser's default of 64.
do {
    var command = try Gen.parseAsRoot()
    try command.run()
} catch {
    let code = Gen.exitCode(for: error)
    if code == .validationFailure {
        FileHandle.standardError.write(Data((Gen.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    Gen.exit(withError: error)
}
