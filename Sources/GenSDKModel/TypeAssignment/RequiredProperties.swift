/// Which properties the SDK requires: the properties a schema lists under `required`, in the models
/// only requests carry.
///
/// - A model reachable from some operation's body or parameters, and from no response (success or
///   error), makes each property its schema lists under `required` non-optional: the initializer
///   takes it without a default, so a request cannot be built without it. Such a model has no empty
///   value (no `init()`), and an operation whose body is such a model takes it without a default.
/// - A model reachable from a response keeps every property optional, even one used by requests too:
///   an answer that leaves out a field, required or not, still decodes. So does a model nothing reaches.
enum RequiredProperties {
    /// Marks the required properties of `models`, and makes the bodies of `apis` that are models with
    /// required properties required parameters.
    static func apply(apis: inout [APIClass], models: inout [ModelType]) {
        let modelIndex = ModelIndex(models)
        let references = models.map { modelIndex.models(namedIn: $0.types) }
        func reached(from roots: [Int]) -> Set<Int> {
            var seen = Set<Int>()
            var pending = roots
            while let index = pending.popLast() {
                if seen.insert(index).inserted {
                    pending += references[index]
                }
            }
            return seen
        }
        let methods = apis.flatMap(\.methods)
        let requests = reached(from: modelIndex.models(namedIn: methods.flatMap { $0.parameters.map(\.type) }))
        let responses = reached(from: modelIndex.models(namedIn: methods.flatMap { [$0.returnType, $0.errorType] }))

        for index in requests.subtracting(responses) {
            guard case .structure(var properties) = models[index].kind else { continue }
            for property in properties.indices {
                properties[property].isRequired = properties[property].requiredInSpec
            }
            models[index].kind = .structure(properties)
        }
        let requiringModels = Set(models.filter(\.hasRequiredProperties).map(\.name))
        for api in apis.indices {
            for method in apis[api].methods.indices {
                for (index, parameter) in apis[api].methods[method].parameters.enumerated()
                where parameter.role == .body && parameter.type.name.map(requiringModels.contains) == true {
                    apis[api].methods[method].parameters[index].isOptional = false
                }
            }
        }
    }
}
