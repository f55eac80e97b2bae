/// A YAML node as libyaml reported it, with the position where it starts.
///
/// Aliases are already replaced by the node their anchor names, so consumers see a plain tree.
public struct Node: Sendable, Equatable {
    /// What a node holds.
    public enum Content: Sendable, Equatable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Pair])
    }

    /// One `key: value` entry of a mapping, in document order.
    public struct Pair: Sendable, Equatable {
        /// The entry's key.
        public var key: Node
        /// The entry's value.
        public var value: Node

        /// The entry `key: value`.
        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }

    // In this order, the location fills the padding after the content: a node takes 48 bytes, not 64.

    /// What the node holds.
    public var content: Content
    /// Where the node starts.
    public var location: SourceLocation
    /// The explicit tag (`!!str`, `!custom`), or `nil` when the node has none.
    public var tag: String?

    /// A node holding `content`, starting at `location`.
    public init(_ content: Content, tag: String? = nil, location: SourceLocation) {
        self.content = content
        self.tag = tag
        self.location = location
    }
}

/// A scalar's text and how it was written.
public struct Scalar: Sendable, Hashable {
    /// How a scalar was written: plain, quoted, or as a block.
    public enum Style: Sendable, Hashable {
        case plain
        case singleQuoted
        case doubleQuoted
        case literal
        case folded
    }

    /// The scalar's text.
    public var value: String
    /// How it was written.
    public var style: Style

    /// The scalar `value`, written in `style`.
    public init(_ value: String, style: Style = .plain) {
        self.value = value
        self.style = style
    }
}
