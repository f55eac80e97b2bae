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
        guard let items = sequence(node, field: "servers") else {
            return []
        }
        var servers: [Server] = []
        for (index, item) in items.enumerated() {
            guard let pairs = mapping(item, field: "servers[\(index)]") else {
                continue
            }
            var url: String?
            var description: String?
            within(String(index)) {
                for pair in pairs {
                    guard let key = pair.key.scalar?.value else {
                        continue
                    }
                    switch key {
                    case "url": url = string(pair.value, field: key)
                    case "description": description = optionalString(pair.value, field: key)
                    case "variables":
                        break
                    default:
                        unknownKey(key, in: "server", at: pair.key.location)
                    }
                }
            }
            if item["url"] == nil {
                missing("url", in: "server", at: item.location)
            }
            if let url {
                servers.append(Server(url: url, description: description))
            }
        }
        return servers
    }

    func parseTags(_ node: Node) -> [Tag] {
        guard let items = sequence(node, field: "tags") else {
            return []
        }
        var tags: [Tag] = []
        for (index, item) in items.enumerated() {
            guard let pairs = mapping(item, field: "tags[\(index)]") else {
                continue
            }
            var name: String?
            var description: String?
            within(String(index)) {
                for pair in pairs {
                    guard let key = pair.key.scalar?.value else {
                        continue
                    }
                    switch key {
                    case "name": name = string(pair.value, field: key)
                    case "description": description = optionalString(pair.value, field: key)
                    case "externalDocs":
                        break
                    default:
                        unknownKey(key, in: "tag", at: pair.key.location)
                    }
                }
            }
            if item["name"] == nil {
                missing("name", in: "tag", at: item.location)
            }
            if let name {
                tags.append(Tag(name: name, description: description))
            }
        }
        return tags
    }
}
