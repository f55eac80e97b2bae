import GenOpenAPI
import GenSDKModel
import GenYAML

extension Renderer {
    /// The kinds of v2 call the `api` template writes a method for.
    public static let renderedV2Calls: Set<V2Binding.Call> = [.page, .sdk]

    /// An error at the `x-alipay-v2` of every operation whose kind of call the templates cannot write yet.
    public static func unrenderedV2Calls(in model: SDKModel) -> [Diagnostic] {
        model.apis.flatMap { api in
            api.methods.compactMap { method -> Diagnostic? in
                guard let v2 = method.v2, !renderedV2Calls.contains(v2.call) else { return nil }
                let kinds = renderedV2Calls.map { "'\($0.rawValue)'" }.sorted().joined(separator: " and ")
                return .error(
                    "'\(method.operationId)' is a v2 '\(v2.call.rawValue)' call, for which gen has no template yet"
                        + " (it writes \(kinds) calls); call it with client.v2.execute",
                    at: v2.location)
            }
        }
    }
}
