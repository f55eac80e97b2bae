import GenOpenAPI

/// The words the docs use for each kind of v2 call.
enum V2CallText {
    /// `a page call for the buyer's browser`, ...
    static func noun(_ call: V2Binding.Call) -> String {
        switch call {
        case .page: "a page call for the buyer's browser"
        case .sdk: "an order string for Alipay's mobile SDK"
        case .server: "a server call"
        }
    }

    /// What the generated method returns.
    static func returns(_ call: V2Binding.Call) -> String {
        switch call {
        case .page:
            "With `.post`, an HTML form that submits itself to the gateway: return it as the page. With `.get`, "
                + "the gateway URL with every parameter in its query: redirect the browser to it."
        case .sdk: "The signed order string: hand it to Alipay's mobile SDK in the app, unchanged."
        case .server: "The verified answer."
        }
    }
}
