import GenYAML

/// Takes Alipay's prose out of a spec's node tree and keeps every fact.
///
/// Dropped: every `description`, `summary` and `title` of an OpenAPI object (the texts are
/// Alipay's). Kept as they are: paths, operations, parameters, schemas, types, formats, enums,
/// `required`, `deprecated`, encodings, examples and extensions. `info.contact` goes too. Where OpenAPI requires a text
/// (the document's title, a response's description) neutral words of our own stand in. The walk
/// knows which mappings name things (`properties`, `paths`, `responses`, ...), so a property that is
/// itself called `description` or `title` stays.
struct ProseRemoval {
    /// The document's title where Alipay's stood.
    static let title = "Alipay OpenAPI v3"

    /// Where a node stands, which decides what its keys mean.
    private enum Place {
        /// An OpenAPI object: its keys are field names.
        case object
        /// The `info` object.
        case info
        /// A response object, under its status code.
        case response(code: String)
        /// A mapping whose keys are names and whose values are of `Place`.
        case names(of: NameKind)
        /// A value kept as it is.
        case value
    }

    private enum NameKind {
        case objects
        case responses
        /// OAuth scopes: name -> text.
        case texts
    }

    private static let proseFields: Set<String> = ["description", "summary", "title"]
    /// Fields whose values are data, never walked.
    private static let valueFields: Set<String> = [
        "example", "enum", "default", "const", "value", "externalValue", "mapping", "required",
    ]
    /// Fields whose values map names to objects.
    private static let nameFields: Set<String> = [
        "properties", "patternProperties", "paths", "content", "encoding", "headers", "schemas",
        "requestBodies", "securitySchemes", "links", "callbacks", "variables", "webhooks", "pathItems",
    ]

    /// The tree without prose.
    func strip(_ root: Node) -> Node {
        strip(root, at: .object)
    }

    private func strip(_ node: Node, at place: Place) -> Node {
        switch place {
        case .value:
            return node
        case .names(let kind):
            guard let pairs = node.mapping else {
                return node
            }
            return Node(
                .mapping(
                    pairs.map { pair in
                        let key = pair.key.scalar?.value ?? ""
                        switch kind {
                        case .objects: return Node.Pair(key: pair.key, value: strip(pair.value, at: .object))
                        case .responses:
                            return Node.Pair(key: pair.key, value: strip(pair.value, at: .response(code: key)))
                        case .texts:
                            return Node.Pair(
                                key: pair.key, value: Node(.scalar(Scalar(key)), location: pair.value.location))
                        }
                    }), tag: node.tag, location: node.location)
        case .object, .info, .response:
            switch node.content {
            case .scalar:
                return node
            case .sequence(let items):
                return Node(.sequence(items.map { strip($0, at: .object) }), tag: node.tag, location: node.location)
            case .mapping(let pairs):
                var kept: [Node.Pair] = []
                kept.reserveCapacity(pairs.count)
                for pair in pairs {
                    guard let key = pair.key.scalar?.value else {
                        kept.append(pair)
                        continue
                    }
                    if case .info = place, key == "contact" {
                        continue  // Alipay's documentation centre, not a fact of the API
                    }
                    if Self.proseFields.contains(key) {
                        if let text = requiredText(for: key, at: place) {
                            kept.append(
                                Node.Pair(
                                    key: pair.key, value: Node(.scalar(Scalar(text)), location: pair.value.location)))
                        }
                        continue
                    }
                    kept.append(
                        Node.Pair(
                            key: pair.key,
                            value: strip(pair.value, at: Self.place(ofField: key, in: place, value: pair.value))))
                }
                return Node(.mapping(kept), tag: node.tag, location: node.location)
            }
        }
    }

    /// Our words where OpenAPI requires a text: the title of `info` and a response's description.
    private func requiredText(for field: String, at place: Place) -> String? {
        switch (place, field) {
        case (.info, "title"):
            return Self.title
        case (.response(let code), "description"):
            if code.hasPrefix("2") {
                return "Successful response."
            }
            return code == "default" || code.hasPrefix("4") || code.hasPrefix("5") ? "Error response." : "Response."
        default:
            return nil
        }
    }

    private static func place(ofField key: String, in parent: Place, value: Node) -> Place {
        if key.hasPrefix("x-") || Self.valueFields.contains(key) {
            return .value
        }
        if key == "info", case .object = parent {
            return .info
        }
        if key == "responses" {
            return .names(of: .responses)
        }
        if key == "scopes" {
            return .names(of: .texts)
        }
        // `parameters` and `examples` name things in `components` (and media types), and are lists elsewhere.
        if Self.nameFields.contains(key) || ((key == "parameters" || key == "examples") && value.mapping != nil) {
            return .names(of: .objects)
        }
        if key == "examples" {
            return .value
        }
        return .object
    }
}
