import Dispatch
import GenSDKModel
import GenYAML
import Synchronization

/// Renders an SDK model into files: a file per model and per API class, a Markdown page per API
/// class and an index, the umbrella module's DocC landing page, each module's exports and the
/// compiled usage examples.
public struct Renderer: Sendable {
    /// The templates every file is rendered with.
    public let templates: TemplateSet

    /// A renderer that uses `templates`.
    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// Every file of the SDK, sorted by path. `sources` names the spec files in the header.
    public func render(_ model: SDKModel, sources: [String]) throws(DiagnosticError) -> [RenderedFile] {
        let results = Mutex<[RenderedFile]>([])
        try render(model, sources: sources) { files in
            results.withLock { $0 += files }
        }
        return results.withLock { $0 }.sorted { $0.path < $1.path }
    }

    /// The lines of the package manifest that list the SDK's API families, one library each.
    public func packageFamilies(_ model: SDKModel) throws(DiagnosticError) -> String {
        try templates.render(
            [
                "families": .lines(model.families), "sharedModule": .text(model.modules.shared),
                "umbrellaModule": .text(model.modules.umbrella), "examplesModule": .text(model.modules.examples),
            ], with: "package-families")
    }

    /// Renders every file of the SDK on all cores, handing each small group of files to `receive`
    /// as soon as it is ready, from whichever thread rendered it. When a template names a value its
    /// context lacks, every file is still rendered, and the errors (each once) are thrown at the end.
    public func render(
        _ model: SDKModel, sources: [String], into receive: @Sendable ([RenderedFile]) -> Void
    ) throws(DiagnosticError) {
        let header = FileHeader.lines(sources: sources)
        let jobs = makeJobs(model, header: header, exampleValues: ExampleValues(models: ModelTable(model.models)))
        let failures = Mutex<Set<Diagnostic>>([])
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            do {
                receive(try jobs[index]())
            } catch {
                // The jobs throw only what the templates do.
                let diagnostics = (error as? DiagnosticError)?.diagnostics ?? [.error("\(error)", at: nil)]
                failures.withLock { $0.formUnion(diagnostics) }
            }
        }
        let diagnostics = failures.withLock { $0 }
        if !diagnostics.isEmpty {
            throw DiagnosticError(diagnostics.sorted { $0.description < $1.description })
        }
    }

    /// The file of an API class, below the output folder.
    static func path(of api: APIClass) -> String {
        apiFile(module: api.module, apiClass: api.name)
    }

    /// The file that holds a model: its API class's, or one of its own.
    static func path(of type: ModelType) -> String {
        if let apiClass = type.apiClass {
            return apiFile(module: type.module, apiClass: apiClass)
        }
        return "Sources/\(type.module)/Models/\(type.name).swift"
    }

    private static func apiFile(module: String, apiClass: String) -> String {
        "Sources/\(module)/APIs/\(apiClass).swift"
    }

    /// One job each for the index (with the DocC landing page) and each module's exports, one per API class (its Swift
    /// file with the types only it uses, page and examples) and one per model that has a file of its own.
    private func makeJobs(
        _ model: SDKModel, header: [String], exampleValues: ExampleValues
    )
        -> [@Sendable () throws -> [RenderedFile]]
    {
        let templates = self.templates
        let umbrella = model.modules.umbrella
        var jobs: [@Sendable () throws -> [RenderedFile]] = []
        // The largest jobs first, so that no thread is left with a long one at the end.
        jobs.append { () throws in
            let context = DocsIndexContext(model: model, header: header).make()
            return [
                RenderedFile(path: "docs/README.md", bytes: try templates.bytes(context, with: "docs-index")),
                RenderedFile(
                    path: "Sources/\(umbrella)/\(umbrella).docc/\(umbrella).md",
                    bytes: try templates.bytes(context, with: "docc")),
            ]
        }
        for (module, imports) in ModuleImports.all(model) {
            jobs.append { () throws in
                [
                    RenderedFile(
                        path: "Sources/\(module)/Exports.swift",
                        bytes: try templates.bytes(
                            ["header": .lines(header), "imports": .lines(imports)], with: "exports"))
                ]
            }
        }
        let models = model.models
        let ownedModels = Dictionary(
            grouping: models.indices.filter { models[$0].apiClass != nil }, by: { models[$0].apiClass! })
        for api in model.apis {
            jobs.append { () throws in
                var context = APIContext(api: api, header: header, exampleValues: exampleValues).make()
                context["umbrellaModule"] = .text(umbrella)
                context["importsFoundation"] = .bool(
                    api.methods.contains {
                        ExampleCode(api: api, method: $0, values: exampleValues).needsFoundation
                    })
                // The class, then the types only it uses, each as the model template writes it.
                let owned = (ownedModels[api.name] ?? []).map {
                    ModelContext(model: models[$0], header: header, standalone: false)
                }
                context["fileImportsFoundation"] = .bool(owned.contains { $0.importsFoundation })
                context["fileImportsGeneratedSPI"] = .bool(
                    api.methods.contains(where: \.usesGeneratedSPI) || owned.contains(where: \.usesGeneratedSPI))
                var source = try templates.bytes(context, with: "api")
                for model in owned {
                    try templates.render(model.make(), with: "model", appendingTo: &source)
                }
                return [
                    RenderedFile(path: Self.path(of: api), bytes: source),
                    RenderedFile(path: "docs/\(api.name).md", bytes: try templates.bytes(context, with: "api-doc")),
                    RenderedFile(
                        path: "Examples/\(api.name)Examples.swift",
                        bytes: try templates.bytes(context, with: "examples")),
                ]
            }
        }
        for index in models.indices where models[index].apiClass == nil {
            jobs.append { () throws in
                let type = models[index]
                let context = ModelContext(model: type, header: header, standalone: true).make()
                return [
                    RenderedFile(path: Self.path(of: type), bytes: try templates.bytes(context, with: "model"))
                ]
            }
        }
        return jobs
    }
}
