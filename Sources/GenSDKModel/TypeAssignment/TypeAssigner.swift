import GenOpenAPI

/// Decides the Swift type of every schema.
///
/// Named schemas keep their (sanitised) names. Inline objects and unions are hoisted into types of
/// their own, named after where they stand (`<Owner><Property>`); inline string enums become enums
/// nested in the model that uses them.
struct TypeAssigner {
    /// Schema name -> Swift type name, for every schema under `components/schemas`.
    private(set) var typeNames: [String: String]
    private let schemas: [String: Schema]
    private var names: NameAllocator
    /// Names a nested enum must not take: every top-level type (which it would shadow) and `CodingKeys`.
    private let reservedNestedNames: Set<String>
    /// Types created for inline schemas, in the order they were met.
    private(set) var hoisted: [ModelType] = []
    private var nameCache = NameCache()
    /// How many types were hoisted when ``startRecording()`` was called.
    private var hoistedBeforeRecording = 0

    init(schemas: [NamedSchema], reservedNames: Set<String>) {
        var names = NameAllocator(reserved: reservedNames, capacity: schemas.count)
        var typeNames: [String: String] = [:]
        typeNames.reserveCapacity(schemas.count)
        for name in schemas.map(\.name).sorted() {
            typeNames[name] = names.claim(Identifiers.type(name))
        }
        self.typeNames = typeNames
        self.reservedNestedNames = Set(typeNames.values).union(reservedNames).union(["CodingKeys"])
        self.schemas = Dictionary(schemas.map { ($0.name, $0.schema) }, uniquingKeysWith: { first, _ in first })
        self.names = names
    }

    /// Keeps a list of the type names handed out from now on, so that ``adopt(_:)`` can tell whether
    /// the work this copy does next is what the original would have done.
    mutating func startRecording() {
        names.startRecording()
        hoistedBeforeRecording = hoisted.count
    }

    /// Takes in what `copy`, a copy of this assigner that recorded since, made while this one did
    /// other work; `false`, with nothing taken in, when one of the copy's names would have come out
    /// otherwise here (a name both handed out). Types are made alike whenever they get the same
    /// names, so when this returns `true` the copy's types are exactly those this assigner would
    /// have made after its own work.
    mutating func adopt(_ copy: TypeAssigner) -> Bool {
        guard let claims = copy.names.claims, let merged = names.replaying(claims) else {
            return false
        }
        names = merged
        hoisted += copy.hoisted[copy.hoistedBeforeRecording...]
        return true
    }

    /// The schema a reference names.
    func resolve(_ ref: SchemaRef) -> Schema? {
        schemas[ref.name]
    }

    /// Follows `$ref`s until a schema that is not a reference.
    func dereference(_ schema: Schema) -> Schema {
        var current = schema
        var seen: [String] = []  // chains are short: an array is cheaper than a set
        while case .reference(let ref) = current.kind, !seen.contains(ref.name), let target = schemas[ref.name] {
            seen.append(ref.name)
            current = target
        }
        return current
    }

    /// The Swift type of `schema` where it stands as a property, parameter or body.
    ///
    /// - Parameters:
    ///   - schema: the schema.
    ///   - owner: the type that holds it, for naming hoisted types (`<owner><suggestedName>`).
    ///   - suggestedName: UpperCamelCase name for a hoisted or nested type, worked out only when one is needed.
    ///   - nestedEnums: where an inline string enum is declared; `nil` hoists it to the top level.
    /// - Returns: the Swift type, as written in a declaration.
    mutating func swiftType(
        for schema: Schema,
        owner: String,
        suggestedName: @autoclosure () -> String,
        nestedEnums: inout NestedEnumScope?
    ) -> SwiftType {
        switch schema.kind {
        case .reference(let ref):
            return .named(typeNames[ref.name] ?? Identifiers.type(ref.name))
        case .string(let format, let values):
            if let values, !values.isEmpty {
                let cases = EnumCases.make(values, names: &nameCache)
                if nestedEnums != nil {
                    return .named(
                        nestedEnums!.declare(
                            suggestedName(), cases: cases, documentation: DocTextCleaner.clean(schema.description)))
                }
                let name = names.claim(Identifiers.type(owner + suggestedName()))
                hoisted.append(ModelType(name: name, schemaName: name, kind: .stringEnum(cases)))
                return .named(name)
            }
            return format == "binary" ? .data : .string
        case .integer(let format, _):
            return format == "int32" ? .int32 : .int64
        case .number(let format):
            return format == "float" ? .float : .double
        case .boolean:
            return .bool
        case .any:
            return .jsonValue
        case .array(let items):
            let element = swiftType(
                for: items, owner: owner, suggestedName: suggestedName() + "Item", nestedEnums: &nestedEnums)
            return .array(element)
        case .object(let object):
            if object.properties.isEmpty {
                if case .schema(let valueSchema) = object.additionalProperties {
                    let value = swiftType(
                        for: valueSchema, owner: owner, suggestedName: suggestedName() + "Value",
                        nestedEnums: &nestedEnums)
                    return .object(of: value)
                }
                return .object(of: .jsonValue)
            }
            return .named(hoist(schema, named: owner + suggestedName()))
        case .allOf(let members):
            if members.count == 1 {
                return swiftType(
                    for: members[0], owner: owner, suggestedName: suggestedName(), nestedEnums: &nestedEnums)
            }
            return .named(hoist(schema, named: owner + suggestedName()))
        case .anyOf(let members), .oneOf(let members):
            if members.count == 1 {
                return swiftType(
                    for: members[0], owner: owner, suggestedName: suggestedName(), nestedEnums: &nestedEnums)
            }
            return .named(hoist(schema, named: owner + suggestedName()))
        }
    }

    /// Declares a type for an inline schema and returns its name.
    ///
    /// A type that was called `formerName` before keeps that name as a deprecated alias (when no
    /// other type has taken it), and a union of such a type names its cases after the former name,
    /// so that they stay as they were.
    mutating func hoist(
        _ schema: Schema, named proposed: String, isErrorDetail: Bool = false, documentation: DocText = [],
        formerName: String? = nil
    ) -> String {
        let name = names.claim(Identifiers.type(proposed))
        // Claimed as the type itself once was, so that the names handed out after it stay as they were.
        let former = formerName.map { (wanted: Identifiers.type($0), given: names.claim(Identifiers.type($0))) }
        var model = makeModel(name: name, schemaName: name, schema: schema, unionNaming: former?.given)
        if let former, former.given == former.wanted {
            model.formerNames = [former.given]
        }
        model.isErrorDetail = isErrorDetail
        if model.documentation.isEmpty {
            model.documentation = documentation
        }
        hoisted.append(model)
        return name
    }

    /// The models of `named` schemas, in order, each under the type name its schema was given.
    mutating func makeModels(_ named: ArraySlice<NamedSchema>) -> [ModelType] {
        named.map { makeModel(name: typeNames[$0.name]!, schemaName: $0.name, schema: $0.schema) }
    }

    /// The model for a named or hoisted schema; a union's cases are named after `unionNaming` when
    /// given, else after `name`.
    mutating func makeModel(name: String, schemaName: String, schema: Schema, unionNaming: String? = nil) -> ModelType {
        let documentation = DocTextCleaner.clean(schema.description ?? schema.title)
        if let code = ErrorBodies.code(ofErrorBody: schema) {
            return errorBody(name: name, schemaName: schemaName, code: code, documentation: documentation)
        }
        switch schema.kind {
        case .object(let object) where !object.properties.isEmpty || object.additionalProperties == nil:
            return structure(
                name: name, schemaName: schemaName, schema: schema, parts: [object], documentation: documentation)
        case .object(let object) where isAllowedOnly(object.additionalProperties):
            return structure(
                name: name, schemaName: schemaName, schema: schema, parts: [object], documentation: documentation)
        case .allOf(let members):
            let parts = members.compactMap { member -> ObjectSchema? in
                if case .object(let object) = dereference(member).kind { return object }
                return nil
            }
            return structure(
                name: name, schemaName: schemaName, schema: schema, parts: parts, documentation: documentation)
        case .string(_, let values?) where !values.isEmpty:
            return ModelType(
                name: name, schemaName: schemaName, kind: .stringEnum(EnumCases.make(values, names: &nameCache)),
                documentation: documentation, deprecated: schema.deprecated)
        case .anyOf(let members) where members.count > 1, .oneOf(let members) where members.count > 1:
            return ModelType(
                name: name, schemaName: schemaName, kind: union(name: unionNaming ?? name, members: members),
                documentation: documentation, deprecated: schema.deprecated)
        default:
            var scope: NestedEnumScope? = nil
            let aliased = swiftType(for: schema, owner: name, suggestedName: "Value", nestedEnums: &scope)
            return ModelType(
                name: name, schemaName: schemaName, kind: .alias(aliased),
                documentation: documentation, deprecated: schema.deprecated)
        }
    }

    private func isAllowedOnly(_ additional: AdditionalProperties?) -> Bool {
        if case .allowed = additional { return true }
        return false
    }

    private mutating func structure(
        name: String,
        schemaName: String,
        schema: Schema,
        parts: [ObjectSchema],
        documentation: DocText
    ) -> ModelType {
        var scope: NestedEnumScope? = NestedEnumScope(reserved: reservedNestedNames, owner: name)
        let propertyCount = parts.reduce(0) { $0 + $1.properties.count }
        var propertyNames = NameAllocator(capacity: propertyCount)
        var properties: [ModelProperty] = []
        properties.reserveCapacity(propertyCount)
        // The properties of one object have distinct names; those of several may repeat one.
        var seenWireNames = parts.count > 1 ? NameSet(capacity: propertyCount) : nil
        for part in parts {
            for property in part.properties where seenWireNames?.insert(property.name) ?? true {
                let swiftName = propertyNames.claim(nameCache.member(property.name))
                let type = swiftType(
                    for: property.schema, owner: name,
                    suggestedName: Words.upperCamel(property.name).nonEmpty ?? "Value",
                    nestedEnums: &scope)
                properties.append(
                    ModelProperty(
                        name: swiftName,
                        wireName: property.name,
                        type: type,
                        documentation: DocTextCleaner.clean(
                            property.schema.description ?? dereference(property.schema).description),
                        example: property.schema.example,
                        deprecated: property.schema.deprecated,
                        requiredInSpec: part.required.contains(property.name)))
            }
        }
        return ModelType(
            name: name, schemaName: schemaName, kind: .structure(properties), nestedEnums: scope?.enums ?? [],
            documentation: documentation, deprecated: schema.deprecated)
    }

    private mutating func union(name: String, members: [Schema]) -> ModelType.Kind {
        var caseNames = NameAllocator(reserved: ["code", "message"])
        var unionMembers: [UnionMember] = []
        for (index, member) in members.enumerated() {
            var scope: NestedEnumScope? = nil
            let type = swiftType(for: member, owner: name, suggestedName: "Member\(index + 1)", nestedEnums: &scope)
            let caseName = caseNames.claim(Identifiers.member(Self.memberName(type, in: name)))
            unionMembers.append(UnionMember(name: caseName, type: type, hasKnownCodes: hasCodeEnum(member)))
        }
        if unionMembers.map(\.name) == ErrorBodies.unionCaseNames,
            members.allSatisfy({ ErrorBodies.code(ofErrorBody: dereference($0)) != nil })
        {
            // `Member.Code` rather than the enums' own names, so that the union mentions its members.
            let codes = unionMembers.map { SwiftType.nested(in: $0.type, name: RuntimeNames.errorModelCode) }
            return .alias(.generic(RuntimeNames.errorBody, arguments: codes))
        }
        // Alipay's error bodies list the platform's CommonErrorType first and the operation's own model
        // last. A code neither knows is more likely a new code of the operation than of the platform, so
        // when members know codes the fallback runs from the last member back; otherwise in order.
        let fallback = unionMembers.contains(where: \.hasKnownCodes) ? unionMembers.reversed() : unionMembers
        return .union(unionMembers, fallback: fallback)
    }

    /// An error body (see ``ErrorBodies``): `AlipayErrorModel<Code>` under the model's name, and its
    /// code enum at the top level.
    private mutating func errorBody(
        name: String, schemaName: String, code: (values: [String], description: String?), documentation: DocText
    ) -> ModelType {
        let codeName = names.claim(Identifiers.type(ErrorBodies.proposedCodeName(for: Identifiers.plain(name))))
        hoisted.append(
            ModelType(
                name: codeName, schemaName: codeName, kind: .stringEnum(EnumCases.make(code.values, names: &nameCache)),
                documentation: DocTextCleaner.clean(code.description)))
        return ModelType(
            name: name, schemaName: schemaName,
            kind: .alias(.generic(RuntimeNames.errorModel, arguments: [.named(codeName)])),
            documentation: documentation)
    }

    /// A union member's name: its type without the words it shares with the union's name, so that
    /// `ZhimaCreditPeZmgoCumulationSyncErrorResponseModel` in `ZhimaCreditPeZmgoCumulationSyncDefaultResponse`
    /// is `errorResponseModel`.
    static func memberName(_ type: SwiftType, in union: String) -> String {
        Words.droppingSharedWords(of: Words.lettersAndDigits(type.names.joined()), with: union)
    }

    /// Whether the schema is an object whose `code` property is a string enum.
    private func hasCodeEnum(_ schema: Schema) -> Bool {
        guard case .object(let object) = dereference(schema).kind,
            let code = object.properties.first(where: { $0.name == "code" })
        else { return false }
        if case .string(_, let values?) = dereference(code.schema).kind {
            return !values.isEmpty
        }
        return false
    }
}

/// The enums declared inside one model, named uniquely within it.
struct NestedEnumScope {
    private var names: NameAllocator
    private(set) var enums: [NestedEnum] = []

    /// A scope for the enums of `owner`, which take none of the `reserved` names nor the owner's own.
    init(reserved: Set<String>, owner: String) {
        names = NameAllocator(reserved: reserved)
        names.reserve(owner)
    }

    mutating func declare(_ proposed: String, cases: [EnumCase], documentation: DocText) -> String {
        let name = names.claim(Identifiers.type(proposed))
        enums.append(NestedEnum(name: name, cases: cases, documentation: documentation))
        return name
    }
}

/// Case names for a string enum's values.
enum EnumCases {
    /// Names reserved by the enum's own members.
    private static let reserved: Set<String> = ["unknown", "rawValue", "isKnown", "knownValues", "allCases", "init"]

    /// The cases for `values`, in order and without repeats; `cache` makes the member names.
    static func make(_ values: [String], names cache: inout NameCache) -> [EnumCase] {
        var names = NameAllocator(reserved: reserved, capacity: values.count)
        var seen = NameSet(capacity: values.count)
        var cases: [EnumCase] = []
        for value in values where seen.insert(value) {
            let proposed = value.isEmpty ? "empty" : cache.member(value)
            cases.append(EnumCase(name: names.claim(proposed), rawValue: value))
        }
        return cases
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
