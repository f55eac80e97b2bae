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
        // Dots found among the bytes: a tag is cut at every dot, whatever character follows it.
        guard let firstDot = tag.utf8.firstIndex(of: UInt8(ascii: ".")),
            let secondDot = tag.utf8[tag.utf8.index(after: firstDot)...].firstIndex(of: UInt8(ascii: "."))
        else {
            return tag
        }
        return String(tag[..<secondDot])
    }

    /// The module name of a family: the prefix and the family in UpperCamelCase, without saying
    /// `Alipay` twice (`alipay.trade` -> `AlipayTrade`, `zhima.credit` -> `AlipayZhimaCredit`).
    static func moduleName(family: String, names: ModuleNames = ModuleNames()) -> String {
        names.family(family)
    }

    /// Gives every API class and model its module (and every model used by one API class alone that
    /// class), and returns the families' modules, sorted.
    static func assign(
        apis: inout [APIClass], models: inout [ModelType], names: ModuleNames = ModuleNames(),
        index: ModelIndex? = nil
    ) -> [String] {
        let shared = names.shared
        // Compared without case: on a case-insensitive file system `AlipaySdk` would be `AlipaySDK`'s folder.
        // A type named like its module would hide the module in qualified names (`AlipayTrade.X`).
        var taken = Set(reserved(names).map { $0.lowercased() })
        let typeNames = apis.map(\.name) + models.map(\.name)
        func isFree(_ candidate: String) -> Bool {
            // A few dozen candidates against thousands of type names: comparing lengths first
            // leaves almost none of the names to lowercase.
            let lowercased = candidate.lowercased()
            let length = lowercased.utf8.count
            return !taken.contains(lowercased)
                && !typeNames.contains { $0.utf8.count == length && $0.lowercased() == lowercased }
        }
        var moduleOfFamily: [String: String] = [:]
        for family in Set(apis.map { family(ofTag: $0.tag) }).sorted() {
            let name = moduleName(family: family, names: names)
            var candidate = name
            var number = 2
            while !isFree(candidate) {
                candidate = "\(name)\(number)"
                number += 1
            }
            taken.insert(candidate.lowercased())
            moduleOfFamily[family] = candidate
        }
        for index in apis.indices {
            apis[index].module = moduleOfFamily[family(ofTag: apis[index].tag)]!
        }

        // Which API classes, and so which modules, reach each model, through the API classes'
        // signatures and the models' types. Only "none", "one (which)" and "more than one" matter.
        let modelIndex = index ?? ModelIndex(models)
        let references = modelIndex.references
        let nobody = -1
        let noClass = apis.count  // the visitor that stands for the shared module
        var firstVisitor = [Int](repeating: nobody, count: models.count)
        var manyVisitors = [Bool](repeating: false, count: models.count)
        var firstModule = [String?](repeating: nil, count: models.count)
        var manyModules = [Bool](repeating: false, count: models.count)
        // Each visitor walks once, so a model it has seen is one whose last visitor it is.
        var lastVisitor = [Int](repeating: nobody, count: models.count)
        func reach(_ roots: [Int], visitor: Int, module: String) {
            var pending = roots
            while let model = pending.popLast() {
                guard lastVisitor[model] != visitor else { continue }
                lastVisitor[model] = visitor
                if firstVisitor[model] == nobody {
                    firstVisitor[model] = visitor
                } else {
                    manyVisitors[model] = true
                }
                if let first = firstModule[model] {
                    manyModules[model] = manyModules[model] || first != module
                } else {
                    firstModule[model] = module
                }
                pending += references[model]
            }
        }
        for position in apis.indices {
            reach(modelIndex.models(namedIn: apis[position].types), visitor: position, module: apis[position].module)
        }
        // A model no API reaches is shared, and so is everything it reaches: the shared module
        // depends on no family.
        reach(models.indices.filter { firstVisitor[$0] == nobody }, visitor: noClass, module: shared)
        for model in models.indices {
            models[model].module = manyModules[model] ? shared : firstModule[model] ?? shared
            if !manyVisitors[model], firstVisitor[model] >= 0, firstVisitor[model] < noClass {
                models[model].apiClass = apis[firstVisitor[model]].name
            }
        }
        return moduleOfFamily.values.sorted()
    }
}

extension ModelType {
    /// Appends the names in the Swift types this model's declaration mentions, in order.
    func appendTypeNames(to names: inout [String]) {
        switch kind {
        // By position, so that no property or member is copied.
        case .structure(let properties):
            for index in properties.indices { properties[index].type.appendNames(to: &names) }
        case .union(let members, let fallback):
            for index in members.indices { members[index].type.appendNames(to: &names) }
            for index in fallback.indices { fallback[index].type.appendNames(to: &names) }
        case .alias(let type):
            type.appendNames(to: &names)
        case .stringEnum:
            break
        }
    }
}

extension APIClass {
    /// The Swift types the signatures of this class's methods mention.
    var types: [SwiftType] {
        methods.flatMap { method in method.parameters.map(\.type) + [method.returnType, method.errorType] }
    }
}
