import GenSDKModel

/// The context of `docs/README.md`: every API class with its operations.
struct DocsIndexContext {
    let model: SDKModel
    let header: [String]

    func make() -> [String: Any] {
        [
            "apiCount": model.apis.count,
            "operationCount": model.operationCount,
            "modelCount": model.models.count,
            "apis": model.apis.map { api in
                [
                    "name": api.name,
                    "tag": api.tag,
                    "methods": api.methods.map { method in
                        [
                            "apiName": api.name,
                            "name": Identifiers.plain(method.name),
                            "anchor": Identifiers.plain(method.name).lowercased(),
                            "httpMethod": method.httpMethod,
                            "path": method.path,
                            "summary": MarkdownText.cell(method.summary.joined(separator: " ")),
                        ]
                    },
                ]
            },
        ]
    }
}
