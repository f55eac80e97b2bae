import GenSDKModel

/// The template context of one model file. Every key is listed in Templates/README.md.
struct ModelContext {
    let model: ModelType
    let header: [String]

    func make() -> [String: Any] {
        var context: [String: Any] = [
            "header": header,
            "name": model.name,
            "schemaName": model.schemaName,
            "docLines": DocComment.block(DocComment.lines([model.documentation], indent: 0), indent: 0),
            "deprecated": model.deprecated,
            "importsFoundation": importsFoundation,
            "conformances": conformances,
        ]
        switch model.kind {
        case .structure(let properties):
            context["structure"] = structure(properties)
        case .stringEnum(let cases):
            context["stringEnum"] = EnumContext(name: model.name, cases: cases, documentation: []).make(indent: 0)
        case .union(let members, let fallback):
            context["union"] = union(members, fallback: fallback)
        case .alias(let type):
            context["alias"] = ["type": type]
        }
        return context
    }

    private var conformances: String {
        switch model.kind {
        case .structure, .union:
            return model.isErrorDetail
                ? "Codable, Hashable, Sendable, AlipayErrorDetail" : "Codable, Hashable, Sendable"
        case .stringEnum:
            return "AlipayStringEnum"
        case .alias:
            return ""
        }
    }

    private var importsFoundation: Bool {
        let types: [String]
        switch model.kind {
        case .structure(let properties): types = properties.map(\.type)
        case .union(let members, _): types = members.map(\.type)
        case .alias(let type): types = [type]
        case .stringEnum: types = []
        }
        return types.contains { $0.contains("Data") && TypeText.mentions($0, "Data") }
    }

    private func structure(_ properties: [ModelProperty]) -> [String: Any] {
        let items: [[String: Any]] = properties.enumerated().map { index, property in
            var docLines = DocComment.lines([property.documentation], indent: 4)
            if let example = property.example, !example.isEmpty {
                if !docLines.isEmpty {
                    docLines.append("///")
                }
                docLines += DocComment.rawLines(
                    ["Example: " + DocComment.codeSpan(example.replacingNewlines())], indent: 4)
            }
            return propertyContext(property, index: index, count: properties.count, docLines: docLines)
        }
        return [
            "properties": items,
            "hasProperties": !properties.isEmpty,
            "nestedEnums": model.nestedEnums.map {
                EnumContext(name: $0.name, cases: $0.cases, documentation: $0.documentation).make(indent: 4)
            },
        ]
    }

    private func propertyContext(_ property: ModelProperty, index: Int, count: Int, docLines: [String]) -> [String: Any]
    {
        let storage = property.deprecated ? "_" + Identifiers.plain(property.name) : property.name
        return [
            "name": property.name,
            "storageName": storage,
            "plainName": Identifiers.plain(property.name),
            "wireName": SwiftLiteral.string(property.wireName),
            "type": property.type,
            "docLines": DocComment.block(docLines, indent: 4),
            "deprecated": property.deprecated,
            "wireNameDiffers": Identifiers.plain(storage) != property.wireName,
            "isLast": index == count - 1,
        ]
    }

    private func union(_ members: [UnionMember], fallback: [UnionMember]) -> [String: Any] {
        func item(_ member: UnionMember) -> [String: Any] {
            ["name": member.name, "type": member.type]
        }
        return [
            "members": members.map(item),
            "knownCodeMembers": members.filter(\.hasKnownCodes).map(item),
            "fallbackMembers": fallback.dropLast().map(item),
            "lastMember": fallback.last.map(item) ?? [:],
        ]
    }
}

/// The context of a string enum, top level or nested.
struct EnumContext {
    let name: String
    let cases: [EnumCase]
    let documentation: DocText

    func make(indent: Int) -> [String: Any] {
        [
            "name": name,
            "indent": String(repeating: " ", count: indent),
            "docLines": DocComment.block(DocComment.lines([documentation], indent: indent), indent: indent),
            "cases": cases.map { ["name": $0.name, "rawValue": SwiftLiteral.string($0.rawValue)] },
        ]
    }
}

/// Questions about Swift type text.
enum TypeText {
    /// Whether `typeText` names `type` as a whole word (`[Data]` yes, `DataInfo` no).
    static func mentions(_ typeText: String, _ type: String) -> Bool {
        var word = ""
        for character in typeText + " " {
            if character.isLetter || character.isNumber || character == "_" {
                word.append(character)
            } else {
                if word == type { return true }
                word = ""
            }
        }
        return false
    }
}

extension String {
    func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
