/// Everything the render stage needs: API classes and model types with every Swift name and type
/// already decided. Both lists are sorted by name, so output is the same on every run.
public struct SDKModel: Sendable {
    /// The API classes, sorted by name.
    public var apis: [APIClass]
    /// The model types, sorted by name.
    public var models: [ModelType]
    /// The module of every API family, sorted (see ``ModuleLayout``).
    public var families: [String]
    /// The names of the shared models' module, the umbrella and the examples.
    public var modules: ModuleNames

    /// A model of `apis` and `models` in the modules `families` and `modules`.
    public init(apis: [APIClass], models: [ModelType], families: [String], modules: ModuleNames = ModuleNames()) {
        self.apis = apis
        self.models = models
        self.families = families
        self.modules = modules
    }

    /// How many operations the API classes hold.
    public var operationCount: Int { apis.reduce(0) { $0 + $1.methods.count } }
}

/// Text from the spec, cleaned: HTML tags turned into plain text, line breaks normalised.
/// Each element is one line; escaping for Swift comments or Markdown is the render stage's job.
public typealias DocText = [String]
