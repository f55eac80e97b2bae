import GenYAML

/// The position of every model by name, to follow the types that name models: from an API class's
/// signatures to its models, and from a model to the models its declaration names.
struct ModelIndex {
    private let positions: [String: Int]
    /// For each model, by position, the positions of the models its declaration names.
    let references: [[Int]]

    /// The index of `models`; where two share a name, the first. Positions stay valid while the
    /// models keep their order and their types.
    init(_ models: [ModelType]) {
        // By position: iterating the models themselves would copy each, a dozen retains apiece.
        let positions = Dictionary(
            models.indices.map { (models[$0].name, $0) }, uniquingKeysWith: { first, _ in first })
        self.positions = positions
        // Thousands of models name tens of thousands of types: the second half is followed on
        // another thread.
        let half = models.count / 2
        let later = BackgroundWork { Self.references(of: models[half...], positions: positions) }
        references = Self.references(of: models[..<half], positions: positions) + later.result()
    }

    private static func references(of models: ArraySlice<ModelType>, positions: [String: Int]) -> [[Int]] {
        var names: [String] = []
        return models.indices.map { index in
            names.removeAll(keepingCapacity: true)
            models[index].appendTypeNames(to: &names)
            return names.compactMap { positions[$0] }
        }
    }

    /// The positions of the models `types` name, in the order their names are written.
    func models(namedIn types: [SwiftType]) -> [Int] {
        var names: [String] = []
        for type in types {
            type.appendNames(to: &names)
        }
        return names.compactMap { positions[$0] }
    }
}
