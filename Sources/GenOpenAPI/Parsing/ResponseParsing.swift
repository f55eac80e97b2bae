import GenYAML

extension ParseContext {
    /// An operation's `responses`, keyed by status as written; the pointer must be at them.
    func parseResponses(_ node: Node) -> [Response] {
        guard let pairs = mapping(node, field: "responses") else {
            return []
        }
        var responses: [Response] = []
        for pair in pairs {
            guard let status = pair.key.scalar?.value, !status.hasPrefix("x-") else {
                continue
            }
            if !Self.isResponseStatus(status) {
                error(
                    "response status '\(status)' must be an HTTP status code ('200'), a range ('2XX') or 'default'",
                    at: pair.key.location
                )
            }
            if var response = within(status, { parseResponseOrReference(pair.value) }) {
                response.status = status
                responses.append(response)
            }
        }
        return responses
    }

    /// An inline response, or a `$ref` to `#/components/responses/<name>` (inlined, status unset).
    func parseResponseOrReference(_ node: Node) -> Response? {
        guard let reference = node["$ref"] else {
            return parseResponse(node)
        }
        guard let name = resolveReference(reference, in: responses.names) else {
            return nil
        }
        return responses.value(named: name, referencedAt: reference.location, in: self, parse: parseResponseOrReference)
    }

    /// `description` is required by OpenAPI but optional here, as generators in the wild omit it.
    private func parseResponse(_ node: Node) -> Response? {
        guard let pairs = mapping(node, field: "response") else {
            return nil
        }
        var response = Response(status: "")
        for pair in pairs {
            guard let key = pair.key.scalar?.value else {
                continue
            }
            switch key {
            case "description": response.description = optionalString(pair.value, field: key)
            case "content": response.content = within(key) { parseContent(pair.value) }
            case "headers", "links":
                break
            default:
                unknownKey(key, in: "response", at: pair.key.location)
            }
        }
        return response
    }

    /// `default`, `200`, or a range such as `2XX`.
    static func isResponseStatus(_ status: String) -> Bool {
        if status == "default" {
            return true
        }
        let characters = Array(status.utf8)
        guard characters.count == 3, (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(characters[0]) else {
            return false
        }
        let rest = characters[1...]
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        return rest.allSatisfy { digits.contains($0) } || rest.allSatisfy { $0 == UInt8(ascii: "X") }
    }
}
