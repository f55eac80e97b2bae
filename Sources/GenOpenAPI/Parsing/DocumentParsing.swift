import GenYAML

/// The document root: version, info, servers, tags, paths and components.
extension ParseContext {
    /// `nil` when something required is missing or malformed (already reported).
    ///
    /// From `schemasAheadCount` component schemas on, they are parsed on a second thread while the
    /// rest is parsed; the result and the diagnostics are the same.
    func parseDocument(_ root: Node, schemasAheadCount: Int) -> Document? {
        guard let pairs = root.mapping else {
            error("the document must be a mapping, found \(root.kindDescription)", at: root.location)
            return nil
        }
        var openapi: String?
        var info: Info?
        var servers: [Server] = []
        var tags: [Tag] = []
        var operations: [Operation] = []
        var schemas: [NamedSchema] = []
        let schemasAhead = parseSchemasAhead(of: root, minimumCount: schemasAheadCount)
        for pair in pairs {
            guard let key = pair.key.scalar?.value else {
                continue
            }
            let value = pair.value
            switch key {
            case "openapi": openapi = parseVersion(value)
            case "info": info = within(key) { parseInfo(value) }
            case "servers": servers = within(key) { parseServers(value) }
            case "tags": tags = within(key) { parseTags(value) }
            case "paths": operations = within(key) { parsePaths(value) }
            case "components": schemas = within(key) { parseComponents(value, schemasAhead: schemasAhead) }
            case "security", "externalDocs", "webhooks", "jsonSchemaDialect":
                break
            default:
                unknownKey(key, in: "the document", at: pair.key.location)
            }
        }
        for field in ["openapi", "info", "paths"] where root[field] == nil {
            missing(field, in: nil, at: root.location)
        }
        guard let openapi, let info else {
            return nil
        }
        return Document(
            openapi: openapi,
            info: info,
            servers: servers,
            tags: tags,
            operations: operations,
            components: Components(schemas: schemas),
            file: file
        )
    }

    /// 3.0.x, or 3.1.x whose differences this parser mostly tolerates.
    private func parseVersion(_ node: Node) -> String? {
        guard let version = string(node, field: "openapi") else {
            return nil
        }
        let supported = ["3.0", "3.1"].contains { version == $0 || version.hasPrefix($0 + ".") }
        guard supported else {
            error("unsupported OpenAPI version '\(version)'; expected 3.0.x or 3.1.x", at: node.location)
            return nil
        }
        return version
    }

    /// Component schemas in document order; parameters, request bodies and responses are parsed
    /// (to report their problems once) and kept for inlining.
    ///
    /// `schemasAhead` is the parsing of `schemas` started on a second thread, if any.
    private func parseComponents(_ node: Node, schemasAhead: BackgroundWork<ParsedSchemas>?) -> [NamedSchema] {
        guard let pairs = mapping(node, field: "components") else {
            return []
        }
        var schemas: [NamedSchema] = []
        for pair in pairs {
            guard let key = pair.key.scalar?.value else {
                continue
            }
            switch key {
            case "schemas":
                if let parsed = schemasAhead?.result(), parsed.location == pair.value.location {
                    schemas = absorb(parsed)
                } else {
                    schemas = within(key) { parseComponentSchemas(pair.value) }
                }
            case "parameters":
                if mapping(pair.value, field: key) != nil {
                    parameters.parseAll(in: self, parse: parseParameterOrReference)
                }
            case "requestBodies":
                if mapping(pair.value, field: key) != nil {
                    requestBodies.parseAll(in: self, parse: parseRequestBodyOrReference)
                }
            case "responses":
                if mapping(pair.value, field: key) != nil {
                    responses.parseAll(in: self, parse: parseResponseOrReference)
                }
            case "securitySchemes", "headers", "examples", "links", "callbacks", "pathItems":
                break
            default:
                unknownKey(key, in: "components", at: pair.key.location)
            }
        }
        return schemas
    }
}
