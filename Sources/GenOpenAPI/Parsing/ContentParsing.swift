import GenYAML

/// The `content` of a request body, a response or a parameter: media types with their schema and,
/// for multipart bodies, how each part is encoded.
extension ParseContext {
    /// The pointer must be at the `content` mapping.
    func parseContent(_ node: Node) -> [MediaType] {
        guard let pairs = mapping(node, field: "content") else {
            return []
        }
        var mediaTypes: [MediaType] = []
        for pair in pairs {
            guard let contentType = pair.key.scalar?.value else {
                continue
            }
            if let mediaType = within(contentType, { parseMediaType(contentType, pair.value) }) {
                mediaTypes.append(mediaType)
            }
        }
        return mediaTypes
    }

    private func parseMediaType(_ contentType: String, _ node: Node) -> MediaType? {
        guard let pairs = mapping(node, field: contentType) else {
            return nil
        }
        var mediaType = MediaType(contentType: contentType, schema: nil)
        for pair in pairs {
            guard let key = pair.key.scalar?.value else {
                continue
            }
            switch key {
            case "schema": mediaType.schema = within(key) { parseSchema(pair.value) }
            case "encoding": mediaType.encoding = within(key) { parseEncoding(pair.value) }
            case "example", "examples":
                break
            default:
                unknownKey(key, in: "media type", at: pair.key.location)
            }
        }
        return mediaType
    }

    /// `encoding` of a multipart body: each part's content type, in document order.
    private func parseEncoding(_ node: Node) -> [PartEncoding] {
        guard let pairs = mapping(node, field: "encoding") else {
            return []
        }
        var parts: [PartEncoding] = []
        for pair in pairs {
            guard let name = pair.key.scalar?.value, let fields = mapping(pair.value, field: name) else {
                continue
            }
            var part = PartEncoding(name: name, contentType: nil)
            within(name) {
                for field in fields {
                    guard let key = field.key.scalar?.value else {
                        continue
                    }
                    switch key {
                    case "contentType": part.contentType = optionalString(field.value, field: key)
                    case "headers", "style", "explode", "allowReserved":
                        break
                    default:
                        unknownKey(key, in: "encoding", at: field.key.location)
                    }
                }
            }
            parts.append(part)
        }
        return parts
    }
}
