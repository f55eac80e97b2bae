import GenYAML

/// `info`, `servers` and `tags`: what the document says about itself.
extension ParseContext {
    func parseInfo(_ node: Node) -> Info? {
        guard let pairs = mapping(node, field: "info") else {
            return nil
        }
        var title: String?
        var version: String?
        var description: String?
        for pair in pairs {
            guard let key = pair.key.scalar?.value else {
                continue
            }
            switch key {
            case "title": title = string(pair.value, field: key)
            case "version": version = string(pair.value, field: key)
            case "description": description = optionalString(pair.value, field: key)
            case "summary", "contact", "license", "termsOfService":
                break
            default:
                unknownKey(key, in: "'info'", at: pair.key.location)
            }
        }
        for field in ["title", "version"] where node[field] == nil {
            missing(field, in: "'info'", at: node.location)
        }
        guard let title, let version else {
            return nil
        }
        return Info(title: title, version: version, description: description)
    }

    func parseServers(_ node: Node) -> [Server] {
        describedEntries(node, field: "servers", key: "url", ignoring: "variables", kind: "server").map {
            Server(url: $0.value, description: $0.description)
        }
    }

    func parseTags(_ node: Node) -> [Tag] {
        describedEntries(node, field: "tags", key: "name", ignoring: "externalDocs", kind: "tag").map {
            Tag(name: $0.value, description: $0.description)
        }
    }

    /// Reads a list of `{<key>: string, description: string}` mappings (servers, tags), reporting
    /// unknown keys and a missing `<key>`; the `ignoring` key is accepted and skipped.
    private func describedEntries(
        _ node: Node, field: String, key requiredKey: String, ignoring ignored: String, kind: String
    ) -> [(value: String, description: String?)] {
        guard let items = sequence(node, field: field) else {
            return []
        }
        var entries: [(value: String, description: String?)] = []
        for (index, item) in items.enumerated() {
            guard let pairs = mapping(item, field: "\(field)[\(index)]") else {
                continue
            }
            var value: String?
            var description: String?
            within(String(index)) {
                for pair in pairs {
                    guard let key = pair.key.scalar?.value else {
                        continue
                    }
                    switch key {
                    case requiredKey: value = string(pair.value, field: key)
                    case "description": description = optionalString(pair.value, field: key)
                    case ignored: break
                    default: unknownKey(key, in: kind, at: pair.key.location)
                    }
                }
            }
            if item[requiredKey] == nil {
                missing(requiredKey, in: kind, at: item.location)
            }
            if let value {
                entries.append((value, description))
            }
        }
        return entries
    }
}
