import GenSDKModel
import GenTemplate

/// The template context of one model file. Every key is listed in Templates/README.md.
struct ModelContext {
    let model: ModelType
    let header: [String]
    /// Whether the model has a file of its own (with the header and imports), or follows its API class in that class's file.
    let standalone: Bool

    func make() -> TemplateObject {
        var context: TemplateObject = [
            "header": .lines(header),
            "standalone": .bool(standalone),
            "name": .text(model.name),
            "schemaName": .text(model.schemaName),
            "docLines": .lines(DocComment.block(DocComment.lines([model.documentation], indent: 0), indent: 0)),
            "deprecated": .bool(model.deprecated),
            "importsFoundation": .bool(importsFoundation),
            "conformances": .text(conformances),
            // `public struct Name: Conformances {` (or `enum`) within the line length of the format.
            "declarationFitsOneLine": .bool(
                Self.declarationWidth + model.name.columns + conformances.columns
                    <= DocComment.lineLength),
            "formerNames": .objects(
                model.formerNames.map {
                    [
                        "formerName": .text($0),
                        // `public typealias Former = Name` within the line length of the format.
                        "fitsOneLine": .bool(
                            Self.aliasWidth + $0.columns + model.name.columns <= DocComment.lineLength),
                    ]
                }),
            // One of the four kinds has a value; the others are there, and null.
            "structure": .null, "stringEnum": .null, "union": .null, "alias": .null,
        ]
        switch model.kind {
        case .structure(let properties):
            context["structure"] = .object(structure(properties))
        case .stringEnum(let cases):
            context["stringEnum"] = .object(
                EnumContext(name: model.name, cases: cases, documentation: []).make(indent: 0))
        case .union(let members, let fallback):
            context["union"] = .object(union(members, fallback: fallback))
        case .alias(let type):
            context["alias"] = .object(alias(type))
        }
        return context
    }

    // The fixed parts of the lines whose width decides how the template writes them.
    private static let declarationWidth = "public struct ".count + ": ".count + " {".count
    private static let fieldWidth = "        \(RuntimeNames.field)(, \\.),".count
    private static let readWidth = "        self. = try reader.decode(\\.)".count
    private static let aliasWidth = "public typealias ".count + " = ".count
    private static let memberWidth = "            .self, Self.)".count
    private static let codeArgumentWidth = "\\.code, ".count

    private var conformances: String {
        switch model.kind {
        // A structure's Codable and Equatable conformances come from AlipayModel, over its list of fields.
        // One with required properties has no empty value to decode into: it decodes in its own `init(from:)`.
        case .structure:
            let base = model.hasRequiredProperties ? RuntimeNames.requestModel : RuntimeNames.model
            return model.isErrorDetail ? base + ", " + RuntimeNames.errorDetail : base
        case .union:
            return model.isErrorDetail
                ? "Codable, Equatable, Sendable, " + RuntimeNames.errorDetail : "Codable, Equatable, Sendable"
        case .stringEnum:
            return RuntimeNames.stringEnum
        case .alias:
            return ""
        }
    }

    /// Whether a type the model declares mentions Foundation's `Data`.
    var importsFoundation: Bool {
        switch model.kind {
        case .structure(let properties): properties.contains { $0.type.contains(.data) }
        case .union(let members, _): members.contains { $0.type.contains(.data) }
        case .alias(let type): type.contains(.data)
        case .stringEnum: false
        }
    }

    private func structure(_ properties: [ModelProperty]) -> TemplateObject {
        let items: [TemplateObject] = properties.enumerated().map { index, property in
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
            "properties": .objects(items),
            "hasProperties": .bool(!properties.isEmpty),
            "hasRequiredProperties": .bool(model.hasRequiredProperties),
            "nestedEnums": .objects(
                model.nestedEnums.map {
                    EnumContext(name: $0.name, cases: $0.cases, documentation: $0.documentation).make(indent: 4)
                }),
        ]
    }

    private func propertyContext(
        _ property: ModelProperty, index: Int, count: Int, docLines: [String]
    ) -> TemplateObject {
        let type = property.type.code
        let storage = property.deprecated ? "_" + Identifiers.plain(property.name) : property.name
        let wireName = SwiftLiteral.string(property.wireName)
        let fieldLabel = property.isRequired ? "required: " : ""
        // The one-line form, as the template writes it, within the line length of the format.
        let fieldWidth = Self.fieldWidth + fieldLabel.columns
        return [
            "name": .text(property.name),
            "storageName": .text(storage),
            "plainName": .text(Identifiers.plain(property.name)),
            "wireName": .text(wireName),
            "fieldFitsOneLine": .bool(fieldWidth + wireName.columns + storage.columns <= DocComment.lineLength),
            "fieldLabel": .text(fieldLabel),
            // `self.name = try reader.decode(\.name)` within the line length of the format.
            "readFitsOneLine": .bool(
                Self.readWidth + 2 * storage.columns <= DocComment.lineLength),
            "type": .text(type),
            "isRequired": .bool(property.isRequired),
            "declaredType": .text(property.isRequired ? type : SwiftType.optional(property.type).code),
            "defaultValue": .text(property.isRequired ? "" : " = nil"),
            "docLines": .lines(DocComment.block(docLines, indent: 4)),
            "deprecated": .bool(property.deprecated),
            "isLast": .bool(index == count - 1),
            // A list of one element takes no trailing comma in the format; a longer one does.
            "isOnly": .bool(count == 1),
        ]
    }

    /// A generic type whose declaration is too long for one line is written as the format wraps it:
    /// `= Base<` on the first line, the arguments on the next, `>` on the last.
    private func alias(_ type: SwiftType) -> TemplateObject {
        let code = type.code
        var context: TemplateObject = [
            "type": .text(code), "fitsOneLine": .bool(true), "genericBase": .null, "genericArguments": .null,
        ]
        let oneLine = Self.aliasWidth + model.name.columns + code.columns
        if oneLine > DocComment.lineLength, case .generic(let base, let arguments) = type {
            context["fitsOneLine"] = .bool(false)
            context["genericBase"] = .text(base)
            context["genericArguments"] = .text(arguments.map(\.code).joined(separator: ", "))
        }
        return context
    }

    private func union(_ members: [UnionMember], fallback: [UnionMember]) -> TemplateObject {
        func item(_ member: UnionMember) -> TemplateObject {
            let type = member.type.code
            // The arguments' line, as the template writes it, within the line length of the format.
            let width = Self.memberWidth + type.columns + member.name.columns
            return [
                "name": .text(member.name),
                "type": .text(type),
                "fitsOneLine": .bool(width <= DocComment.lineLength),
                "codeFitsOneLine": .bool(width + Self.codeArgumentWidth <= DocComment.lineLength),
            ]
        }
        return [
            "members": .objects(members.map(item)),
            "knownCodeMembers": .objects(members.filter(\.hasKnownCodes).map(item)),
            "fallbackMembers": .objects(fallback.dropLast().map(item)),
            "lastMember": fallback.last.map { .object(item($0)) } ?? .null,
        ]
    }
}

/// The context of a string enum, top level or nested.
struct EnumContext {
    let name: String
    let cases: [EnumCase]
    let documentation: DocText

    func make(indent: Int) -> TemplateObject {
        [
            "name": .text(name),
            "indent": .text(String(repeating: " ", count: indent)),
            "docLines": .lines(DocComment.block(DocComment.lines([documentation], indent: indent), indent: indent)),
            "cases": .objects(
                cases.map { ["name": .text($0.name), "rawValue": .text(SwiftLiteral.string($0.rawValue))] }),
            // The format wants a trailing comma after every element of a list of two or more, and none after one alone.
            "listCases": .objects(
                cases.map { ["name": .text($0.name), "comma": .text(cases.count > 1 ? "," : "")] }),
        ]
    }
}

extension String {
    func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
