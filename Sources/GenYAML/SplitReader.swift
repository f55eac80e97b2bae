/// Reads a large document in two parts on two threads, and joins them into the tree that reading it
/// whole gives.
///
/// libyaml reads one document on one thread, and reading is most of the time spent on a large spec.
/// `DocumentSplit` cuts a run of entries out of the largest block mapping; one thread reads the rest
/// (the entries' lines left empty, so every line keeps its number) while another reads the entries
/// (preceded by as many empty lines). The parts are joined only when both read without a problem and
/// libyaml's events show that the cut can only have held entries of that mapping: otherwise the
/// caller reads the document whole, and its diagnostics are exactly those of a whole read.
enum SplitReader {
    /// The tree of `bytes`, or `nil` when the document should be read whole instead.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, file: String, minimumSize: Int) -> Node? {
        guard let split = DocumentSplit.find(in: bytes, minimumSize: minimumSize) else {
            return nil
        }
        let entriesText = split.part(of: bytes)
        let entries = BackgroundWork { readPart(entriesText, file: file) }
        var rest = NodeBuilder(file: file)
        rest.cut = NodeBuilder.Cut(line: split.line, blockLine: split.blockLine, blockColumn: split.blockColumn)
        let remainder = split.remainder(of: bytes)
        let restResult = remainder.withUnsafeBufferPointer { rest.build(from: EventParser(bytes: $0, file: file)) }
        guard case .success(var root) = restResult, rest.cutIsClean == true,
            let part = entries.result(),
            case .mapping(let pairs) = part.root.content, !part.rootIsFlow, part.root.tag == nil,
            part.root.location.line == split.line, part.root.location.column == split.blockColumn,
            rest.depthAtCut - 1 + part.deepest <= NodeBuilder.maximumDepth
        else {
            return nil
        }
        let inserted = insert(
            pairs, into: &root, mappingAt: (split.blockLine, split.blockColumn), before: split.line)
        return inserted ? root : nil
    }

    /// The tree of the cut-out entries, whether its root is a flow collection and how deeply its
    /// collections nest (its root counted); `nil` when the entries cannot be read on their own or hold
    /// what a whole read could see differently: an anchor or alias, or a missing value at the end
    /// (placed at the end of the part, not at the next token).
    private static func readPart(_ text: [UInt8], file: String) -> (root: Node, rootIsFlow: Bool, deepest: Int)? {
        var builder = NodeBuilder(file: file)
        let result = text.withUnsafeBufferPointer { builder.build(from: EventParser(bytes: $0, file: file)) }
        guard case .success(let root) = result, !builder.sawAnchorOrAlias, !builder.lastScalarIsMissingValue else {
            return nil
        }
        return (root, builder.rootIsFlow, builder.deepest)
    }

    /// Puts `pairs` into the mapping that starts at `location`, before its first pair at or after
    /// `line`; `false` when there is no such mapping or a key would then be there twice.
    private static func insert(
        _ pairs: [Node.Pair], into node: inout Node, mappingAt location: (line: Int, column: Int), before line: Int
    ) -> Bool {
        let here = node.location
        if (here.line, here.column) == location {
            guard case .mapping(var existing) = node.content else {
                return false
            }
            node.content = .sequence([])
            let index = existing.firstIndex { $0.key.location.line >= line } ?? existing.count
            existing.insert(contentsOf: pairs, at: index)
            guard NodeBuilder.duplicateKeys(in: existing).isEmpty else {
                return false
            }
            node.content = .mapping(existing)
            return true
        }
        func precedes(_ child: Node) -> Bool {
            (child.location.line, child.location.column) <= location
        }
        switch node.content {
        case .scalar:
            return false
        case .sequence(var items):
            guard let index = items.lastIndex(where: precedes) else {
                return false
            }
            node.content = .scalar(Scalar(""))
            let inserted = insert(pairs, into: &items[index], mappingAt: location, before: line)
            node.content = .sequence(items)
            return inserted
        case .mapping(var existing):
            guard let index = existing.lastIndex(where: { precedes($0.value) }) else {
                return false
            }
            node.content = .scalar(Scalar(""))
            let inserted = insert(pairs, into: &existing[index].value, mappingAt: location, before: line)
            node.content = .mapping(existing)
            return inserted
        }
    }
}
