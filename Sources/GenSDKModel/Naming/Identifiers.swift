/// Turns spec names into Swift identifiers. Every naming rule of the generated SDK lives here.
public enum Identifiers {
    /// A property, parameter or case name: lowerCamelCase, digits and keywords made legal.
    ///
    /// Keywords come back escaped, a backtick on each side of `default`; `Identifiers.plain` strips them.
    public static func member(_ wireName: String) -> String {
        var name = Words.lowerCamel(wireName)
        if name.isEmpty {
            name = "value"
        }
        if startsWithNumber(name) {
            name = "_" + name
        }
        if SwiftKeywords.unusableMemberNames.contains(name) {
            return name + "Value"
        }
        if SwiftKeywords.reserved.contains(name) {
            return "`\(name)`"
        }
        return name
    }

    /// A type name taken from a schema name: kept as Alipay wrote it when it is a legal identifier
    /// that starts with a capital, otherwise joined in UpperCamelCase; never a standard library, Foundation or runtime type.
    public static func type(_ schemaName: String) -> String {
        var name = schemaName
        if !isIdentifier(name) || name.utf8.first?.isASCIILowercase == true {
            name = Words.upperCamel(schemaName)
        }
        if name.isEmpty {
            name = "Model"
        }
        if startsWithNumber(name) {
            name = "_" + name
        }
        if SwiftKeywords.unusableTypeNames.contains(name) {
            name += "Model"
        }
        return name
    }

    /// A text parameter of a v2 call: a member name whose word `url` is written `URL`, as the
    /// runtime writes it (`gatewayURL`): `notify_url` -> `notifyURL`, `app_auth_token` -> `appAuthToken`.
    public static func textParameter(_ wireName: String) -> String {
        let words = wireName.split(separator: "_")
        guard words.count > 1, words.dropFirst().contains(where: { $0.lowercased() == "url" }) else {
            return member(wireName)
        }
        let rest = words.dropFirst().map { word in
            word.lowercased() == "url" ? "URL" : Words.upperCamel(String(word))
        }
        return Words.lowerCamel(String(words[0])) + rest.joined()
    }

    /// `zhima.credit.pe.zmgo.cumulation` -> `ZhimaCreditPeZmgoCumulationApi`.
    public static func apiClass(tag: String) -> String {
        type(Words.upperCamel(tag) + "Api")
    }

    /// The method name of an operation: the last segment of its operationId, in lowerCamelCase.
    /// `MethodNames` tells apart the methods of one API class that would share it.
    public static func method(operationId: String) -> String {
        let last = operationId.split(separator: ".").last.map(String.init) ?? operationId
        return member(last)
    }

    /// An identifier without the backticks that escape a keyword such as `default`.
    public static func plain(_ identifier: String) -> String {
        identifier.hasPrefix("`") ? String(identifier.dropFirst().dropLast()) : identifier
    }

    /// Whether `name` is usable as a Swift identifier as written (ASCII letters, digits, `_`).
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, !first.isASCIIDigit else { return false }
        return name.utf8.allSatisfy { $0.isASCIILetterOrDigit || $0 == UInt8(ascii: "_") }
    }

    /// Whether the first character of `name` is a number; for ASCII, only a digit is.
    private static func startsWithNumber(_ name: String) -> Bool {
        guard let first = name.utf8.first else { return false }
        return first < 0x80 ? first.isASCIIDigit : name.first!.isNumber
    }
}

/// Hands out unique names within one scope, in the order asked: the first keeps its name, later
/// ones get `2`, `3`... This makes collisions resolve the same way on every run.
struct NameAllocator {
    /// Names never handed out. Kept apart from `taken` so that allocators can share one large set
    /// (every type name) without copying it.
    private let reserved: Set<String>
    /// Names handed out or reserved for this scope only.
    private var taken: NameSet
    /// Every claim since ``startRecording()``: the name asked for and the name handed out.
    private(set) var claims: [(asked: String, given: String)]? = nil

    /// - Parameters:
    ///   - reserved: names the scope never hands out.
    ///   - capacity: how many names the scope is expected to hand out, so that its set of names is
    ///     allocated once.
    init(reserved: Set<String> = [], capacity: Int = 0) {
        self.reserved = reserved
        taken = NameSet(capacity: capacity)
    }

    /// Keeps `name` from being handed out, as if it were in `reserved`.
    mutating func reserve(_ name: String) {
        _ = taken.insert(name)
    }

    mutating func claim(_ name: String) -> String {
        let given = unrecordedClaim(name)
        claims?.append((name, given))
        return given
    }

    private mutating func unrecordedClaim(_ name: String) -> String {
        let plain = Identifiers.plain(name)
        if take(plain) {
            return name
        }
        var index = 2
        while !take("\(plain)\(index)") {
            index += 1
        }
        return "\(plain)\(index)"
    }

    /// Keeps a list of the claims from now on, for ``replaying(_:)``.
    mutating func startRecording() {
        claims = []
    }

    /// This allocator after `claims`, made on another copy of it, had been made here; `nil` when one
    /// of them would have been given another name here, because this copy has since handed it out.
    func replaying(_ claims: [(asked: String, given: String)]) -> NameAllocator? {
        var replayed = self
        for claim in claims where replayed.claim(claim.asked) != claim.given {
            return nil
        }
        return replayed
    }

    /// Takes `name` if it is free.
    private mutating func take(_ name: String) -> Bool {
        (reserved.isEmpty || !reserved.contains(name)) && taken.insert(name)
    }
}
