import GenSDKModel

/// What each module of the SDK re-exports, so that importing it gives everything its API needs.
enum ModuleImports {
    /// The shared models re-export the runtime, every family the shared models, and the umbrella
    /// every family.
    static func all(_ model: SDKModel) -> [(module: String, imports: [String])] {
        let modules = model.modules
        return [(modules.shared, [RuntimeNames.module])]
            + model.families.map { ($0, [modules.shared]) }
            + [(modules.umbrella, ([modules.shared] + model.families).sorted())]
    }
}
