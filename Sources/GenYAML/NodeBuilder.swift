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
        var isFlow: Bool
        /// Where its first child is (or will be) on the node stack.
        var start: Int
    }

    /// For a document read in parts (`SplitReader`): where this part's text was cut out, and what was
    /// seen there that decides whether the part can be joined with the text that was cut out.
    struct Cut {
        /// The first line of the text that was cut out (replaced by empty lines).
        var line: Int
        /// The block mapping that the cut-out entries belong to: where its first key is.
        var blockLine: Int
        var blockColumn: Int
    }

    /// Set before building to check a cut; after building, whether the cut was clean.
    var cut: Cut?
    private(set) var cutIsClean: Bool?
    private var isPastCut = false
    /// Whether any node had an anchor or was an alias.
    private(set) var sawAnchorOrAlias = false
    /// Whether the last scalar was a missing value, which libyaml places at the token after it.
    private(set) var lastScalarIsMissingValue = false
    private(set) var rootIsFlow = false
    /// The most collections that were open at once.
    private(set) var deepest = 0
    /// Where the cut's block mapping is in the tree: how many collections are open, it included.
    private(set) var depthAtCut = 0

    /// How deeply collections may nest. Later stages walk a spec recursively; a limit far beyond
    /// any real spec keeps a hostile one from overflowing the stack.
    static let maximumDepth = 512

    private let file: String
    /// The number of `file` in `SourceFiles`, looked up once for all the nodes.
    private let fileNumber: Int
    private var open: [OpenCollection] = []
    private let children = NodeStack()
    private var anchors: [String: Node] = [:]
    private var diagnostics: [Diagnostic] = []
    private var root: Node?

    init(file: String) {
        self.file = file
        fileNumber = SourceFiles.number(of: file)
    }

    /// Builds the tree of the single document whose events `source` hands out; fails with every
    /// problem found.
    mutating func build(from source: EventParser) -> Result<Node, DiagnosticError> {
        var documentCount = 0
        var event = ParseEvent.empty
        reading: while true {
            if let failure = source.next(into: &event) {
                diagnostics.append(failure)
                break reading
            }
            if let cut, cutIsClean == nil {
                check(cut, at: event)
            }
            switch event.kind {
            case .scalar:
                addScalar(event)
            case .sequenceStart, .mappingStart:
                guard open.count < Self.maximumDepth else {
                    let message = "collections nested more than \(Self.maximumDepth) deep; a spec never needs that many"
                    diagnostics.append(.error(message, at: location(event)))
                    break reading
                }
                openCollection(isMapping: event.kind == .mappingStart, event)
                deepest = max(deepest, open.count)
            case .collectionEnd:
                closeCollection()
            case .alias:
                addAlias(event)
            case .documentStart:
                documentCount += 1
                if documentCount > 1 {
                    diagnostics.append(
                        .error(
                            "more than one document in the file; a spec is a single document",
                            at: location(event)
                        )
                    )
                    break reading
                }
            case .streamEnd:
                break reading
            }
        }
        if !diagnostics.isEmpty {
            return .failure(DiagnosticError(diagnostics))
        }
        guard let root else {
            return .failure(Self.emptyDocument(file: file))
        }
        if root.tag == nil, case .scalar(let scalar) = root.content, scalar.style == .plain, scalar.value.isEmpty {
            return .failure(Self.emptyDocument(file: file))
        }
        return .success(root)
    }

    /// The error of a file that holds no document, or an empty one.
    static func emptyDocument(file: String) -> DiagnosticError {
        DiagnosticError([.error("empty document", at: SourceLocation(file: file, line: 1, column: 1))])
    }

    // MARK: - Events

    private mutating func addScalar(_ event: ParseEvent) {
        lastScalarIsMissingValue = event.isMissingValue
        let node = Node(.scalar(Scalar(event.text, style: event.style)), tag: event.tag, location: location(event))
        if let anchor = event.anchor {
            sawAnchorOrAlias = true
            anchors[anchor] = node
        }
        add(node)
    }

    private mutating func addAlias(_ event: ParseEvent) {
        sawAnchorOrAlias = true
        let name = event.text
        let here = location(event)
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

    private mutating func openCollection(isMapping: Bool, _ event: ParseEvent) {
        open.append(
            OpenCollection(
                isMapping: isMapping,
                location: location(event),
                tag: event.tag,
                anchor: event.anchor,
                isFlow: event.isFlow,
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
            sawAnchorOrAlias = true
            anchors[anchor] = node
        }
        if open.isEmpty {
            rootIsFlow = collection.isFlow
        }
        add(node)
    }

    /// Decides `cutIsClean` from the events around the cut: no event may run across it; where it is,
    /// the text cut out must only be able to hold entries of the cut's block mapping; and the events
    /// after it that close collections must not include a missing value, which libyaml places at the
    /// next token: after the cut, where reading whole would place it at the cut.
    private mutating func check(_ cut: Cut, at event: ParseEvent) {
        guard event.line >= cut.line else {
            if event.endLine >= cut.line {
                cutIsClean = false
            }
            return
        }
        if !isPastCut {
            isPastCut = true
            if !entriesFit(cut) {
                cutIsClean = false
                return
            }
        }
        switch event.kind {
        case .collectionEnd:
            break
        case .scalar where event.isMissingValue:
            cutIsClean = false
        default:
            cutIsClean = true
        }
    }

    /// Whether entries of the cut's block mapping can follow what has been read: no flow collection
    /// is open, the innermost open collection that starts left of the entries is that mapping, and it
    /// does not wait for a value unless a deeper collection still open will be that value.
    private mutating func entriesFit(_ cut: Cut) -> Bool {
        if open.contains(where: \.isFlow) {
            return false
        }
        guard let index = open.lastIndex(where: { $0.location.column <= cut.blockColumn }) else {
            return false
        }
        let block = open[index]
        guard block.isMapping, block.location.line == cut.blockLine, block.location.column == cut.blockColumn else {
            return false
        }
        depthAtCut = index + 1
        return index < open.count - 1 || (children.count - block.start) % 2 == 0
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
        for duplicate in Self.duplicateKeys(in: pairs) {
            reportDuplicate(duplicate.key, at: duplicate.location, first: duplicate.first)
        }
    }

    /// Every scalar key of `pairs` that an earlier pair already has, where it is and where the first is.
    static func duplicateKeys(in pairs: [Node.Pair]) -> [(key: String, location: SourceLocation, first: SourceLocation)]
    {
        var duplicates: [(key: String, location: SourceLocation, first: SourceLocation)] = []
        guard pairs.count > 1 else {
            return duplicates
        }
        if pairs.count <= Self.linearScanLimit {
            for index in 1..<pairs.count {
                guard case .scalar(let key) = pairs[index].key.content else {
                    continue
                }
                // By position: a pair copied out of the array costs a retain for each of its strings.
                for earlier in 0..<index {
                    if case .scalar(let other) = pairs[earlier].key.content, other.value == key.value {
                        duplicates.append((key.value, pairs[index].key.location, pairs[earlier].key.location))
                        break
                    }
                }
            }
            return duplicates
        }
        var firstLocations: [String: SourceLocation] = [:]
        firstLocations.reserveCapacity(pairs.count)
        for index in pairs.indices {
            guard case .scalar(let key) = pairs[index].key.content else {
                continue
            }
            if let first = firstLocations[key.value] {
                duplicates.append((key.value, pairs[index].key.location, first))
            } else {
                firstLocations[key.value] = pairs[index].key.location
            }
        }
        return duplicates
    }

    private mutating func reportDuplicate(_ key: String, at location: SourceLocation, first: SourceLocation) {
        diagnostics.append(
            .error("duplicate key '\(key)' (first at line \(first.line), column \(first.column))", at: location)
        )
    }

    // MARK: - Conversions

    private func location(_ event: ParseEvent) -> SourceLocation {
        SourceLocation(fileNumber: fileNumber, line: event.line, column: event.column)
    }
}
