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
    static func apply(apis: inout [APIClass], models: inout [ModelType], index modelIndex: ModelIndex) {
        let references = modelIndex.references
        func reached(from types: [SwiftType]) -> [Bool] {
            var seen = [Bool](repeating: false, count: models.count)
            var pending = modelIndex.models(namedIn: types)
            while let index = pending.popLast() {
                if !seen[index] {
                    seen[index] = true
                    pending += references[index]
                }
            }
            return seen
        }
        var requestTypes: [SwiftType] = []
        var responseTypes: [SwiftType] = []
        for api in apis {
            for method in api.methods {
                requestTypes += method.parameters.map(\.type)
                responseTypes += [method.returnType, method.errorType]
            }
        }
        let requests = reached(from: requestTypes)
        let responses = reached(from: responseTypes)

        var requiringModels = Set<String>()
        for index in models.indices where requests[index] && !responses[index] {
            guard case .structure(var properties) = models[index].kind,
                properties.contains(where: \.requiredInSpec)
            else { continue }
            models[index].kind = .structure([])  // so that `properties` is the only reference
            for property in properties.indices {
                properties[property].isRequired = properties[property].requiredInSpec
            }
            models[index].kind = .structure(properties)
            requiringModels.insert(models[index].name)
        }
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
