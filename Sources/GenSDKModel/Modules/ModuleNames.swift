/// The names of the SDK's modules, which all start with one prefix: `<prefix>SharedModels`,
/// `<prefix>SDK`, `<prefix>SDKExamples` and a module per API family. The default prefix, `Alipay`,
/// gives this package's names; a package of a user's own picks another, so that its modules and
/// this package's can be in one build.
public struct ModuleNames: Sendable, Hashable {
    /// The prefix of this package's modules.
    public static let defaultPrefix = "Alipay"

    /// What every module name starts with.
    public let prefix: String

    /// Names starting with `prefix`, which must be a Swift identifier of ASCII letters, digits and
    /// underscores that does not start with a digit (see ``isValidPrefix(_:)``).
    public init(prefix: String = ModuleNames.defaultPrefix) {
        self.prefix = prefix
    }

    /// The module of the models shared between families.
    public var shared: String { prefix + "SharedModels" }
    /// The module that re-exports every family.
    public var umbrella: String { prefix + "SDK" }
    /// The module of the compiled usage examples.
    public var examples: String { prefix + "SDKExamples" }

    /// The module of an API family: the prefix, then the family in UpperCamelCase without a leading
    /// `Alipay` (`alipay.trade` -> `AlipayTrade`, `zhima.credit` -> `AlipayZhimaCredit`; with the
    /// prefix `Shop`, `ShopTrade` and `ShopZhimaCredit`).
    public func family(_ family: String) -> String {
        let words = Words.upperCamel(family)
        return prefix + (words.hasPrefix("Alipay") ? String(words.dropFirst("Alipay".count)) : words)
    }

    /// Whether `prefix` can start a module name: an ASCII letter or underscore, then ASCII letters,
    /// digits or underscores.
    public static func isValidPrefix(_ prefix: String) -> Bool {
        guard let first = prefix.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            return false
        }
        return prefix.utf8.allSatisfy {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "_")
        }
    }
}
