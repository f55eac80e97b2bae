import Foundation
import GenOpenAPI
import GenOverlay
import GenRender
import GenSDKModel
import GenYAML

/// The whole pipeline: spec files -> YAML nodes -> OpenAPI document -> SDK model -> files.
public struct Generator: Sendable {
    /// What to generate, from what, and where.
    public struct Options: Sendable {
        /// Spec files, or folders whose `.yaml`, `.yml` and `.json` files are read.
        public var specs: [String]
        /// The output folder.
        public var output: String
        /// A folder whose templates replace the built-in ones of the same name.
        public var templates: String?
        /// Keep only operations whose tag starts with one of these (and the schemas they reach).
        public var include: [String]
        /// Compare with the output folder instead of writing it.
        public var check: Bool
        /// The package manifest whose list of API families is rewritten; `nil` for `Package.swift`
        /// beside the output folder, which is left alone when it does not exist.
        public var packageManifest: String?
        /// Whether the package manifest's list of API families is rewritten (or, with `check`, compared).
        public var updatesPackageManifest: Bool
        /// What the name of every generated module starts with (`Alipay`: `AlipaySharedModels`,
        /// `AlipaySDK`, `AlipayTrade`, ...); see ``ModuleNames``.
        public var modulePrefix: String
        /// Whether the spec's and the SDK's models are freed when the run ends. A process that exits
        /// right after the run can pass `false`: the system takes the memory back at once, where
        /// freeing millions of small values one by one takes tens of milliseconds on a large spec.
        public var freesMemory: Bool

        /// Options with the given values; the others keep their defaults.
        public init(
            specs: [String], output: String, templates: String? = nil, include: [String] = [], check: Bool = false,
            packageManifest: String? = nil, updatesPackageManifest: Bool = true,
            modulePrefix: String = ModuleNames.defaultPrefix, freesMemory: Bool = true
        ) {
            self.modulePrefix = modulePrefix
            self.packageManifest = packageManifest
            self.updatesPackageManifest = updatesPackageManifest
            self.specs = specs
            self.output = output
            self.templates = templates
            self.include = include
            self.check = check
            self.freesMemory = freesMemory
        }
    }

    /// What a run did.
    public struct Summary: Sendable {
        /// The spec files read.
        public var specCount: Int
        /// Overlay documents applied to the specs.
        public var overlayCount: Int
        /// The operations generated.
        public var operationCount: Int
        /// The API classes generated.
        public var apiCount: Int
        /// The models generated.
        public var modelCount: Int
        /// With `check`, the files that differ from the output folder (or would be removed).
        public var written: [String]
        /// The files that were already as generated.
        public var unchanged: Int
        /// The files removed from the output folder (with `check`: that would be).
        public var removed: [String]
        /// The package manifest, when its list of API families was rewritten (with `check`: differs).
        public var packageManifest: String?
        /// Problems that did not stop the run.
        public var warnings: [Diagnostic]
        /// Wall time of the whole run.
        public var seconds: Double
        /// Wall time of each stage, in the order they ran.
        public var stages: [(name: String, seconds: Double)]

        /// One line: specs, operations, API classes, models, files, seconds.
        public func line(check: Bool) -> String {
            var files =
                check
                ? "\(written.count) differ, \(unchanged) match, \(removed.count) stale"
                : "\(written.count) written, \(unchanged) unchanged, \(removed.count) removed"
            if let packageManifest {
                files += check ? "; \(packageManifest) differs" : "; \(packageManifest) updated"
            }
            return
                "\(specCount) spec\(specCount == 1 ? "" : "s"), "
                + (overlayCount == 0 ? "" : "\(overlayCount) overlay\(overlayCount == 1 ? "" : "s"), ")
                + "\(operationCount) operations, \(apiCount) API classes, "
                + "\(modelCount) models; files: \(files); \(String(format: "%.2f", seconds)) s"
        }
    }

    /// What the generator does.
    public let options: Options

    /// A generator with `options`.
    public init(options: Options) {
        self.options = options
    }

    /// The last component of a path: overlays apply in the order of their file names.
    private static func fileName(_ path: String) -> String {
        (path as NSString).lastPathComponent
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = (ContinuousClock.now - start).components
        return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    }

    /// Runs the pipeline. On any error the output folder is left exactly as it was.
    public func run() throws(DiagnosticError) -> Summary {
        let start = ContinuousClock.now
        var stages: [(name: String, seconds: Double)] = []
        var stageStart = start
        func endStage(_ name: String) {
            stages.append((name, Self.seconds(since: stageStart)))
            stageStart = .now
        }
        guard ModuleNames.isValidPrefix(options.modulePrefix) else {
            throw DiagnosticError([
                .error(
                    "module prefix '\(options.modulePrefix)' is not a Swift identifier: ASCII letters, digits and "
                        + "underscores, not starting with a digit", at: nil)
            ])
        }
        let files = try SpecFiles.find(options.specs)
        let templates = try TemplateSet(overrides: options.templates)
        endStage("templates")

        var specs: [(file: String, root: Node)] = []
        var overlays: [Overlay] = []
        var diagnostics: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        for read in InputFile.read(files) {
            switch read {
            case .success(.spec(let file, let root)): specs.append((file, root))
            case .success(.overlay(let overlay)): overlays.append(overlay)
            case .failure(let error): diagnostics += error.diagnostics
            }
        }
        endStage("yaml")
        if !diagnostics.isEmpty {
            throw DiagnosticError(diagnostics)
        }
        if specs.isEmpty {
            throw DiagnosticError([
                .error("no OpenAPI spec among \(options.specs.joined(separator: ", ")), only overlays", at: nil)
            ])
        }
        if !overlays.isEmpty {
            var roots = specs.map(\.root)
            try Overlay.apply(
                overlays.sorted { Self.fileName($0.file) < Self.fileName($1.file) }, to: &roots,
                files: specs.map(\.file))
            specs = zip(specs, roots).map { ($0.file, $1) }
            endStage("overlays")
        }
        var documents: [Document] = []
        for spec in specs {
            do {
                let parsed = try DocumentParser().parse(spec.root, file: spec.file)
                documents.append(parsed.document)
                warnings += parsed.warnings
            } catch {
                diagnostics += error.diagnostics
            }
        }
        endStage("openapi")
        if !diagnostics.isEmpty {
            throw DiagnosticError(diagnostics)
        }
        let document = try Document.merged(documents).filtered(tagPrefixes: options.include)
        if !options.include.isEmpty, document.operations.isEmpty {
            let prefixes = options.include.map { "'\($0)'" }.joined(separator: ", ")
            throw DiagnosticError([.error("no operation has a tag starting with \(prefixes)", at: nil)])
        }
        let built = try SDKModelBuilder(modules: ModuleNames(prefix: options.modulePrefix)).build(document)
        warnings += built.warnings
        let unrendered = Renderer.unrenderedV2Calls(in: built.model)
        if !unrendered.isEmpty {
            throw DiagnosticError(unrendered)
        }
        endStage("sdk model")
        let renderer = Renderer(templates: templates)
        let sources = specs.map { Self.fileName($0.file) }
        let output = URL(fileURLWithPath: options.output, isDirectory: true)
        // Worked out before anything is written: a manifest gen cannot update stops the run.
        var manifestUpdate: (list: PackageFamilyList, text: String)?
        if options.updatesPackageManifest {
            let list =
                options.packageManifest.map { PackageFamilyList(path: $0) } ?? .besideOutput(options.output)
            if let update = try list.update(with: renderer.packageFamilies(built.model)), update.changed {
                manifestUpdate = (list, update.text)
            }
        }
        let changes: OutputFolder.Changes
        if options.check {
            let rendered = try renderer.render(built.model, sources: sources)
            endStage("render")
            changes = OutputFolder(directory: output).plan(rendered)
            endStage("compare")
        } else {
            let staging = try OutputStaging(directory: output)
            do {
                try renderer.render(built.model, sources: sources) { staging.stage($0) }
            } catch {
                staging.discard()
                throw error
            }
            endStage("render and write")
            changes = try staging.commit()
            if let manifestUpdate {
                try manifestUpdate.list.write(manifestUpdate.text)
            }
            endStage("commit")
        }
        if !options.freesMemory {
            MemoryKeeper.keep((specs, documents, document, built.model))
        }
        return Summary(
            specCount: specs.count,
            overlayCount: overlays.count,
            operationCount: built.model.operationCount,
            apiCount: built.model.apis.count,
            modelCount: built.model.models.count,
            written: changes.written,
            unchanged: changes.unchanged.count,
            removed: changes.removed,
            packageManifest: manifestUpdate?.list.path,
            warnings: warnings,
            seconds: Self.seconds(since: start),
            stages: stages)
    }
}
