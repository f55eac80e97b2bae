import GenYAML

/// Checking a `$ref` against the components the document defines.
extension ParseContext {
    /// The component name that the `$ref` value `node` names, if it is a local reference to an
    /// existing component of `names.kind`; otherwise reports why not and returns `nil`.
    ///
    /// The message names the reference, the JSON pointer of the object that holds it, and the
    /// nearest existing names: `unknown $ref '#/components/schemas/Modle' at #/paths/...; did you
    /// mean 'Model'?`.
    func resolveReference(_ node: Node, in names: ComponentNames) -> String? {
        guard let reference = string(node, field: "$ref") else {
            return nil
        }
        guard reference.utf8.first == UInt8(ascii: "#") else {
            error(
                "unsupported $ref '\(reference)' at \(pointer): only references within the document"
                    + " ('\(names.kind.referencePrefix)<name>') are supported",
                at: node.location
            )
            return nil
        }
        let prefix = names.kind.referencePrefix
        guard reference.utf8.count > prefix.utf8.count, reference.utf8.starts(with: prefix.utf8) else {
            error("unknown $ref '\(reference)' at \(pointer); expected '\(prefix)<name>'", at: node.location)
            return nil
        }
        let nameStart = reference.utf8.index(reference.startIndex, offsetBy: prefix.utf8.count)
        let name = JSONPointer.unescape(reference[nameStart...])
        guard names.contains(name) else {
            let suggestions = NameSuggestions.nearest(to: name, among: names.names)
            error("unknown $ref '\(reference)' at \(pointer)\(NameSuggestions.phrase(suggestions))", at: node.location)
            return nil
        }
        return name
    }
}
