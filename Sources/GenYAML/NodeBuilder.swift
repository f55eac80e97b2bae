import CYaml

/// Builds a `Node` tree from libyaml's parsing events.
///
/// Collections being read wait on a stack until their end event. Anchored nodes are remembered by
/// name once complete, so an alias inside its own anchor (a recursive structure) is an error.
struct NodeBuilder {
    /// A sequence or mapping whose end event has not come yet; its children wait on `children`.
    private struct OpenCollection {
        var isMapping: Bool
        var location: SourceLocation
        var tag: String?
        var anchor: String?
        /// Where its first child is (or will be) on the node stack.
        var start: Int
    }

    private let file: String
    private var open: [OpenCollection] = []
    private let children = NodeStack()
    private var anchors: [String: Node] = [:]
    private var diagnostics: [Diagnostic] = []
    private var root: Node?

    init(file: String) {
        self.file = file
    }

    /// Reads the single document in `bytes`; fails with every problem found.
    mutating func build(from bytes: UnsafeBufferPointer<UInt8>) -> Result<Node, DiagnosticError> {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard !bytes.isEmpty else {
            return .failure(DiagnosticError([.error("empty document", at: start)]))
        }
        let parser = EventParser(bytes: bytes)
        var event = yaml_event_t()
        var documentCount = 0
        reading: while true {
            guard parser.next(&event) else {
                diagnostics.append(parser.failure(file: file))
                break reading
            }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_SCALAR_EVENT:
                addScalar(event)
            case YAML_SEQUENCE_START_EVENT:
                let data = event.data.sequence_start
                openCollection(isMapping: false, event.start_mark, tag: data.tag, anchor: data.anchor)
            case YAML_MAPPING_START_EVENT:
                let data = event.data.mapping_start
                openCollection(isMapping: true, event.start_mark, tag: data.tag, anchor: data.anchor)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                closeCollection()
            case YAML_ALIAS_EVENT:
                addAlias(event)
            case YAML_DOCUMENT_START_EVENT:
                documentCount += 1
                if documentCount > 1 {
                    diagnostics.append(
                        .error(
                            "more than one document in the file; a spec is a single document",
                            at: location(event.start_mark)
                        )
                    )
                    break reading
                }
            case YAML_STREAM_END_EVENT:
                break reading
            default:
                continue
            }
        }
        if !diagnostics.isEmpty {
            return .failure(DiagnosticError(diagnostics))
        }
        guard let root else {
            return .failure(DiagnosticError([.error("empty document", at: start)]))
        }
        if root.tag == nil, case .scalar(let scalar) = root.content, scalar.style == .plain, scalar.value.isEmpty {
            return .failure(DiagnosticError([.error("empty document", at: start)]))
        }
        return .success(root)
    }

    // MARK: - Events

    private mutating func addScalar(_ event: yaml_event_t) {
        let data = event.data.scalar
        let value = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
        let node = Node(
            .scalar(Scalar(value, style: Self.style(data.style))),
            tag: Self.tag(data.tag),
            location: location(event.start_mark)
        )
        if let anchor = data.anchor {
            anchors[String(cString: anchor)] = node
        }
        add(node)
    }

    private mutating func addAlias(_ event: yaml_event_t) {
        let name = String(cString: event.data.alias.anchor)
        let here = location(event.start_mark)
        if let node = anchors[name] {
            add(node)
            return
        }
        if open.contains(where: { $0.anchor == name }) {
            let message = "alias '*\(name)' refers to a node that contains it; recursive structures are not supported"
            diagnostics.append(.error(message, at: here))
        } else {
            diagnostics.append(.error("unknown alias '*\(name)'", at: here))
        }
        add(Node(.scalar(Scalar("")), location: here))
    }

    private mutating func openCollection(
        isMapping: Bool,
        _ mark: yaml_mark_t,
        tag: UnsafeMutablePointer<yaml_char_t>?,
        anchor: UnsafeMutablePointer<yaml_char_t>?
    ) {
        open.append(
            OpenCollection(
                isMapping: isMapping,
                location: location(mark),
                tag: Self.tag(tag),
                anchor: anchor.map { String(cString: $0) },
                start: children.count
            )
        )
    }

    private mutating func closeCollection() {
        guard let collection = open.popLast() else {
            return
        }
        let node: Node
        if collection.isMapping {
            let pairs = children.popPairs(from: collection.start)
            reportDuplicateKeys(pairs)
            node = Node(.mapping(pairs), tag: collection.tag, location: collection.location)
        } else {
            let items = children.popItems(from: collection.start)
            node = Node(.sequence(items), tag: collection.tag, location: collection.location)
        }
        if let anchor = collection.anchor {
            anchors[anchor] = node
        }
        add(node)
    }

    /// Puts a finished node into the collection being read, or makes it the root.
    private mutating func add(_ node: Node) {
        if open.isEmpty {
            root = node
        } else {
            children.push(node)
        }
    }

    // MARK: - Duplicate keys

    /// Mappings this small are checked pair by pair; larger ones through a dictionary.
    private static let linearScanLimit = 12

    private mutating func reportDuplicateKeys(_ pairs: [Node.Pair]) {
        guard pairs.count > 1 else {
            return
        }
        if pairs.count <= Self.linearScanLimit {
            for index in 1..<pairs.count {
                guard case .scalar(let key) = pairs[index].key.content else {
                    continue
                }
                for earlier in pairs[0..<index] {
                    if case .scalar(let other) = earlier.key.content, other.value == key.value {
                        reportDuplicate(key.value, at: pairs[index].key.location, first: earlier.key.location)
                        break
                    }
                }
            }
            return
        }
        var firstLocations: [String: SourceLocation] = [:]
        firstLocations.reserveCapacity(pairs.count)
        for pair in pairs {
            guard case .scalar(let key) = pair.key.content else {
                continue
            }
            if let first = firstLocations[key.value] {
                reportDuplicate(key.value, at: pair.key.location, first: first)
            } else {
                firstLocations[key.value] = pair.key.location
            }
        }
    }

    private mutating func reportDuplicate(_ key: String, at location: SourceLocation, first: SourceLocation) {
        diagnostics.append(
            .error("duplicate key '\(key)' (first at line \(first.line), column \(first.column))", at: location)
        )
    }

    // MARK: - Conversions

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
    }

    private static let standardTagPrefix = "tag:yaml.org,2002:"

    /// The tag in the short form it is usually written in: `!!str` rather than `tag:yaml.org,2002:str`.
    private static func tag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else {
            return nil
        }
        let tag = String(cString: pointer)
        if tag.hasPrefix(standardTagPrefix) {
            return "!!" + tag.dropFirst(standardTagPrefix.count)
        }
        return tag
    }

    private static func style(_ style: yaml_scalar_style_t) -> Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
