/// Lookups that the later stages use to read a node without switching on `content` each time.
extension Node {
    /// The scalar, or `nil` for a sequence or mapping.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = content {
            return scalar
        }
        return nil
    }

    /// The items of a sequence, or `nil` for a scalar or mapping.
    public var sequence: [Node]? {
        if case .sequence(let items) = content {
            return items
        }
        return nil
    }

    /// The pairs of a mapping, or `nil` for a scalar or sequence.
    public var mapping: [Pair]? {
        if case .mapping(let pairs) = content {
            return pairs
        }
        return nil
    }

    /// The value of the first pair whose key is the scalar `key`, or `nil` (also when not a mapping).
    public subscript(key: String) -> Node? {
        guard case .mapping(let pairs) = content else {
            return nil
        }
        return pairs.first { $0.key.scalar?.value == key }?.value
    }

    /// Whether the node is a YAML null: an empty plain scalar, `~`, `null`, or tagged `!!null`.
    public var isNull: Bool {
        guard case .scalar(let scalar) = content else {
            return false
        }
        if let tag {
            return tag == "!!null"
        }
        guard scalar.style == .plain, scalar.value.utf8.count <= 4 else {
            return false
        }
        switch scalar.value {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// The value of a YAML boolean (plain `true`/`false` in any case form, or tagged `!!bool`);
    /// `nil` for anything else, including the quoted string `"true"`.
    public var bool: Bool? {
        guard case .scalar(let scalar) = content, tag == nil || tag == "!!bool" else {
            return nil
        }
        guard scalar.style == .plain || tag != nil else {
            return nil
        }
        guard scalar.value.utf8.count <= 5 else {
            return nil
        }
        switch scalar.value {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// Whether the node is a string scalar: quoted, tagged `!!str`, or plain text that reads as no
    /// null, boolean or number.
    public var isString: Bool {
        scalar != nil && kindDescription == "a string"
    }

    /// What the node is, for messages: `a mapping`, `a sequence`, `null`, `a boolean`, `a number`
    /// or `a string`.
    public var kindDescription: String {
        switch content {
        case .mapping: return "a mapping"
        case .sequence: return "a sequence"
        case .scalar(let scalar):
            if isNull {
                return "null"
            }
            if bool != nil {
                return "a boolean"
            }
            if tag == nil, scalar.style == .plain, Self.looksNumeric(scalar.value) {
                return "a number"
            }
            return "a string"
        }
    }

    private static func looksNumeric(_ text: String) -> Bool {
        guard let first = text.utf8.first,
            first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
        else {
            return false
        }
        return Int(text) != nil || Double(text) != nil
    }

    /// Equality of values, whatever the positions and the way they are written: nulls, same scalars
    /// of the same type, same items, same pairs.
    public func hasSameValue(as other: Node) -> Bool {
        switch (content, other.content) {
        case (.scalar(let a), .scalar(let b)):
            if isNull || other.isNull {
                return isNull == other.isNull
            }
            return a.value == b.value && isString == other.isString
        case (.sequence(let a), .sequence(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.hasSameValue(as: $1) }
        case (.mapping(let a), .mapping(let b)):
            return a.count == b.count
                && zip(a, b).allSatisfy { $0.key.hasSameValue(as: $1.key) && $0.value.hasSameValue(as: $1.value) }
        default:
            return false
        }
    }
}
