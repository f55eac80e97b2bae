/// How the SDK is cut into Swift modules, so that a package can depend on the API families it uses
/// and build nothing else.
///
/// - Each API family (the first two segments of a tag: `zhima.credit`, `alipay.trade`) is a module
///   holding its API classes and the models only it uses.
/// - Models that more than one family uses, or none, live in ``ModuleNames/shared``, which every
///   family depends on; no model is in two modules.
/// - ``ModuleNames/umbrella`` re-exports every family, so `import AlipaySDK` gives the whole SDK.
/// - A type only one API class uses is written in that class's file; fewer, larger files compile
///   faster, and an operation's request, response and error types sit beside it.
public enum ModuleLayout {
    /// Module names a family never takes: the generated package's other targets, and the runtime's.
    static func reserved(_ names: ModuleNames) -> Set<String> {
        Set([names.shared, names.umbrella, names.examples, RuntimeNames.module] + RuntimeNames.otherPackageModules)
    }

    /// The family of a tag: its first two dot-separated segments (`zhima.credit.pe.zmgo` ->
    /// `zhima.credit`), or the whole tag when it has fewer.
    public static func family(ofTag tag: String) -> String {
        tag.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false).prefix(2).joined(separator: ".")
    }

    /// The module name of a family: the prefix and the family in UpperCamelCase, without saying
    /// `Alipay` twice (`alipay.trade` -> `AlipayTrade`, `zhima.credit` -> `AlipayZhimaCredit`).
    static func moduleName(family: String, names: ModuleNames = ModuleNames()) -> String {
        names.family(family)
    }

    /// Gives every API class and model its module (and every model used by one API class alone that
    /// class), and returns the families' modules, sorted.
    static func assign(
        apis: inout [APIClass], models: inout [ModelType], names: ModuleNames = ModuleNames()
    ) -> [String] {
        let shared = names.shared
        // Compared without case: on a case-insensitive file system `AlipaySdk` would be `AlipaySDK`'s folder.
        // A type named like its module would hide the module in qualified names (`AlipayTrade.X`).
        var taken = Set((reserved(names).map { $0 } + apis.map(\.name) + models.map(\.name)).map { $0.lowercased() })
        var moduleOfFamily: [String: String] = [:]
        for family in Set(apis.map { family(ofTag: $0.tag) }).sorted() {
            let name = moduleName(family: family, names: names)
            var candidate = name
            var number = 2
            while !taken.insert(candidate.lowercased()).inserted {
                candidate = "\(name)\(number)"
                number += 1
            }
            moduleOfFamily[family] = candidate
        }
        for index in apis.indices {
            apis[index].module = moduleOfFamily[family(ofTag: apis[index].tag)]!
        }

        // Which modules reach each model, through the API classes' signatures and the models' types.
        let modelIndex = ModelIndex(models)
        let references = models.map { modelIndex.models(namedIn: $0.types) }
        var modules = [Set<String>](repeating: [], count: models.count)
        var classes = [Set<String>](repeating: [], count: models.count)
        func reach(_ roots: [Int], fromClass apiClass: String, module: String) {
            var pending = roots
            while let index = pending.popLast() {
                if classes[index].insert(apiClass).inserted {
                    modules[index].insert(module)
                    pending += references[index]
                }
            }
        }
        for api in apis {
            reach(modelIndex.models(namedIn: api.types), fromClass: api.name, module: api.module)
        }
        // A model no API reaches is shared, and so is everything it reaches: the shared module
        // depends on no family. (No API class is named "".)
        reach(classes.indices.filter { classes[$0].isEmpty }, fromClass: "", module: shared)
        for index in models.indices {
            models[index].module = modules[index].count == 1 ? modules[index].first! : shared
            if classes[index].count == 1, let apiClass = classes[index].first, !apiClass.isEmpty {
                models[index].apiClass = apiClass
            }
        }
        return moduleOfFamily.values.sorted()
    }
}

extension ModelType {
    /// The Swift types this model's declaration mentions.
    var types: [SwiftType] {
        switch kind {
        case .structure(let properties): properties.map(\.type)
        case .union(let members, let fallback): (members + fallback).map(\.type)
        case .alias(let type): [type]
        case .stringEnum: []
        }
    }
}

extension APIClass {
    /// The Swift types the signatures of this class's methods mention.
    var types: [SwiftType] {
        methods.flatMap { method in method.parameters.map(\.type) + [method.returnType, method.errorType] }
    }
}
