import GenYAML

/// How an operation of our v2 spec reaches Alipay's v2 gateway (`gateway.do`), from its
/// `x-alipay-v2` extension: `x-alipay-v2: {method: alipay.trade.page.pay, call: page}`.
///
/// The operation's path is only a name inside the spec: every v2 call goes to the one gateway URL,
/// the API named by `method`, its request model sent as `biz_content` and its query parameters as
/// signed text parameters (`notify_url`, `return_url`, ...).
public struct V2Binding: Sendable, Hashable {
    /// What the generated method does with the signed request.
    public enum Call: String, Sendable, Hashable, CaseIterable {
        /// A self-submitting HTML form (or the gateway URL) for the buyer's browser: page and WAP pay.
        case page
        /// The order string a phone app hands to Alipay's mobile SDK: app pay.
        case sdk
        /// A call the server sends itself and whose answer it verifies.
        case server
    }

    /// The v2 API name, e.g. `alipay.trade.page.pay`.
    public var method: String
    /// What the generated method does with the signed request.
    public var call: Call
    /// Where the `x-alipay-v2` key is.
    public var location: SourceLocation

    /// The binding of `method` as `call`, written at `location`.
    public init(method: String, call: Call, location: SourceLocation) {
        self.method = method
        self.call = call
        self.location = location
    }
}

extension ParseContext {
    /// Reads `x-alipay-v2`; `key` is its key, where a missing field is reported. `nil` when it is
    /// malformed (already reported).
    func parseV2Binding(_ node: Node, key: Node) -> V2Binding? {
        guard let pairs = mapping(node, field: "x-alipay-v2") else {
            return nil
        }
        var method: String?
        var call: V2Binding.Call?
        var isValid = true
        for pair in pairs {
            guard let field = pair.key.scalar?.value else {
                continue
            }
            switch field {
            case "method":
                method = string(pair.value, field: "x-alipay-v2.method")
                if method?.isEmpty == true {
                    error(
                        "'x-alipay-v2.method' must name a v2 API, e.g. 'alipay.trade.page.pay'", at: pair.value.location
                    )
                    method = nil
                    isValid = false
                }
            case "call":
                guard let text = string(pair.value, field: "x-alipay-v2.call") else {
                    isValid = false
                    continue
                }
                call = V2Binding.Call(rawValue: text)
                if call == nil {
                    let kinds = V2Binding.Call.allCases.map(\.rawValue)
                    let suggestions = NameSuggestions.nearest(to: text, among: kinds)
                    error(
                        "unknown v2 call kind '\(text)' at \(pointer); expected one of "
                            + kinds.map { "'\($0)'" }.joined(separator: ", ")
                            + NameSuggestions.phrase(suggestions),
                        at: pair.value.location)
                    isValid = false
                }
            default:
                unknownKey(field, in: "x-alipay-v2", at: pair.key.location)
            }
        }
        for field in ["method", "call"] where node[field] == nil {
            missing(field, in: "'x-alipay-v2'", at: key.location)
            isValid = false
        }
        guard isValid, let method, let call else {
            return nil
        }
        return V2Binding(method: method, call: call, location: key.location)
    }
}
