import GenSDKModel
import GenTemplate

/// The context of `docs/README.md` and of the DocC landing page: every module, and every API class
/// with its operations.
struct DocsIndexContext {
    let model: SDKModel
    let header: [String]

    func make() -> [String: TemplateValue] {
        [
            "apiCount": .number(model.apis.count),
            "operationCount": .number(model.operationCount),
            "modelCount": .number(model.models.count),
            "firstApi": .text(model.apis.first?.name ?? "AlipayClient"),
            "sharedModule": .text(ModuleLayout.shared),
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
                                    "summary": .text(MarkdownText.cell(method.summary.joined(separator: " "))),
                                ]
                            }),
                    ]
                }),
        ]
    }
}
