import GenOpenAPI
import GenYAML

/// Makes every naming and typing decision for a document: the single place where they are made.
public struct SDKModelBuilder: Sendable {
    /// The names the SDK's modules take.
    public let modules: ModuleNames

    /// A builder that names the SDK's modules by `modules`.
    public init(modules: ModuleNames = ModuleNames()) {
        self.modules = modules
    }

    /// Builds the model of the SDK for `document`. Warnings name what was left out and where; a
    /// schema that no Swift type can represent is an error.
    public func build(_ document: Document) throws(DiagnosticError) -> (model: SDKModel, warnings: [Diagnostic]) {
        // Checked on another thread while the names are worked out; nothing is made before it passes.
        let recursion = BackgroundWork { RecursionCheck.diagnostics(for: document.components.schemas) }
        let byTag = Dictionary(grouping: document.operations, by: OperationTranslator.tag(of:))
        var classNames = NameAllocator()
        let tags = byTag.keys.sorted()
        let apiNames = tags.map { classNames.claim(Identifiers.apiClass(tag: $0)) }

        let assigner = TypeAssigner(schemas: document.components.schemas, reservedNames: Set(apiNames))
        // A runtime type keeps its name, so references to it stay, but is not generated.
        let named = document.components.schemas.sorted(by: { $0.name < $1.name }).filter { !$0.isRuntimeType }
        let errors = recursion.result()
        if !errors.isEmpty {
            throw DiagnosticError(errors)
        }
        // The models of the named schemas after `cut` are made on another thread, by a copy of the
        // type assigner, while this one translates the operations and makes the rest. The copy's work
        // is kept only when it handed out the names this one would have (see `TypeAssigner.adopt`),
        // so the result is always that of doing it all here, in order. An operation costs about as
        // much as two and a half models, so this thread takes fewer models.
        let cut = max(0, (2 * named.count - 5 * document.operations.count) / 4)
        let later = BackgroundWork { [named] in
            var types = assigner
            types.startRecording()
            let models = types.makeModels(named[cut...])
            return (models, types)
        }

        var translator = OperationTranslator(types: assigner)
        let tagDescriptions = Dictionary(
            document.tags.map { ($0.name, $0.description) }, uniquingKeysWith: { first, _ in first })

        var apis: [APIClass] = []
        for (tag, apiName) in zip(tags, apiNames) {
            let operations = byTag[tag]!.sorted {
                ($0.operationId, $0.path, $0.method.rawValue) < ($1.operationId, $1.path, $1.method.rawValue)
            }
            let methodNames = MethodNames.make(for: operations.map(\.operationId), reserved: ["client"])
            let methods = zip(operations, methodNames)
                .map { (operation: $0, name: $1) }
                .sorted { Identifiers.plain($0.name) < Identifiers.plain($1.name) }
                .map { translator.translate($0.operation, methodName: $0.name) }
            apis.append(
                APIClass(
                    name: apiName, tag: tag, documentation: DocTextCleaner.clean(tagDescriptions[tag] ?? nil),
                    methods: methods))
        }

        var types = translator.types
        var models = types.makeModels(named[..<cut])
        let (laterModels, laterTypes) = later.result()
        if types.adopt(laterTypes) {
            models += laterModels
        } else {
            models += types.makeModels(named[cut...])
        }
        for index in models.indices {
            models[index].isErrorDetail = translator.errorDetailTypes.contains(models[index].schemaName)
        }
        models += types.hoisted
        models.sort { $0.name < $1.name }
        // Neither step reorders the models or changes their types, so one index serves both.
        let index = ModelIndex(models)
        RequiredProperties.apply(apis: &apis, models: &models, index: index)
        let families = ModuleLayout.assign(apis: &apis, models: &models, names: modules, index: index)
        return (SDKModel(apis: apis, models: models, families: families, modules: modules), translator.warnings)
    }
}
