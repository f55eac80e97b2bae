import GenSDKModel
import GenTemplate

/// The context of `docs/README.md` and of the DocC landing page: every module, and every API class
/// with its operations.
struct DocsIndexContext {
    let model: SDKModel
    let header: [String]

    /// The API classes with a v2 method.
    private var v2APIs: [APIClass] {
        model.apis.filter { $0.methods.contains { $0.v2 != nil } }
    }

    func make() -> TemplateObject {
        [
            "apiCount": .number(model.apis.count),
            "operationCount": .number(model.operationCount),
            "modelCount": .number(model.models.count),
            "firstApi": .text(model.apis.first?.name ?? RuntimeNames.client),
            "sharedModule": .text(model.modules.shared),
            "umbrellaModule": .text(model.modules.umbrella),
            "exampleFamily": .text(exampleFamily),
            "hasV2": .bool(!v2APIs.isEmpty),
            "v2Apis": .objects(v2APIs.map { ["name": .text($0.name)] }),
            "families": .objects(
                model.families.map { family in
                    let apis = model.apis.filter { $0.module == family }
                    return [
                        "module": .text(family),
                        "operationCount": .number(apis.reduce(0) { $0 + $1.methods.count }),
                        "apis": .objects(apis.map { ["name": .text($0.name)] }),
                    ]
                }),
            "apis": .objects(
                model.apis.map { api in
                    [
                        "name": .text(api.name),
                        "tag": .text(api.tag),
                        "methods": .objects(
                            api.methods.map { method in
                                [
                                    "apiName": .text(api.name),
                                    "name": .text(Identifiers.plain(method.name)),
                                    "anchor": .text(Identifiers.plain(method.name).lowercased()),
                                    "httpMethod": .text(method.httpMethod),
                                    "path": .text(method.path),
                                    "request": .text(DocsIndexContext.request(method)),
                                    "summary": .text(MarkdownText.cell(method.summary.joined(separator: " "))),
                                ]
                            }),
                    ]
                }),
        ]
    }

    /// The family the index names as an example of a module: the one with the most operations
    /// (the first by name of those), or the umbrella when there is none.
    private var exampleFamily: String {
        var best: (module: String, operations: Int)?
        for family in model.families {
            let operations = model.apis.filter { $0.module == family }.reduce(0) { $0 + $1.methods.count }
            if operations > best?.operations ?? -1 {
                best = (family, operations)
            }
        }
        return best?.module ?? model.modules.umbrella
    }

    /// `**POST** `/v3/...``, or the v2 API and its kind of call.
    static func request(_ method: APIMethod) -> String {
        guard let v2 = method.v2 else {
            return "**\(method.httpMethod)** `\(method.path)`"
        }
        return "v2 `\(v2.method)` (\(V2CallText.noun(v2.call)))"
    }
}
