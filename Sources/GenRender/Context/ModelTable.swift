import GenSDKModel

/// The SDK's models by name, for the contexts that follow a type to its model: whether it is a
/// struct, what its example is, which file holds it.
struct ModelTable: Sendable {
    private let models: [ModelType]
    /// The position of each model by name; of two with one name, the first.
    private let positions: [String: Int]

    /// The table of `models`.
    init(_ models: [ModelType]) {
        self.models = models
        // By position: iterating the models themselves would copy each, a dozen retains apiece.
        positions = Dictionary(models.indices.map { (models[$0].name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The model named `name`.
    subscript(name: String) -> ModelType? {
        positions[name].map { models[$0] }
    }

    /// Whether `type` names a generated struct, which has an `init()` and which examples build
    /// before the call.
    func isStructure(_ type: SwiftType) -> Bool {
        guard let position = type.name.flatMap({ positions[$0] }) else { return false }
        if case .structure = models[position].kind { return true }
        return false
    }

    /// The file that holds the model `type` names; worked out when asked, since the docs link to the
    /// few models that methods return, of thousands.
    func file(of type: SwiftType) -> String? {
        type.name.flatMap { positions[$0] }.map { Renderer.path(of: models[$0]) }
    }
}
