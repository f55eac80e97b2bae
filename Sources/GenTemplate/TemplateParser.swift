/// Reads mustache source into nodes.
///
/// Follows the mustache spec's rule for standalone tags: a section, inverted section, closing,
/// comment, partial, delimiter or pragma tag that is alone on its line (besides spaces and tabs)
/// removes the whole line from the output.
struct TemplateParser {
    private let bytes: [UInt8]
    private var position = 0
    private var openDelimiter: [UInt8] = Array("{{".utf8)
    private var closeDelimiter: [UInt8] = Array("}}".utf8)
    private(set) var partials: [Template.PartialReference] = []
    /// The last offset whose line and column were worked out, so that tags, which come in order,
    /// are located without counting from the start each time.
    private var located = (offset: 0, line: 1, column: 1)

    init(_ source: String) {
        bytes = Array(source.utf8)
    }

    mutating func parse() throws(TemplateError) -> [TemplateNode] {
        try parseNodes(inside: nil, atLineStart: true).nodes
    }

    private struct OpenSection {
        let name: String
        let offset: Int
    }

    /// Nodes up to the end of the source, or up to the closing tag of `section`; and whether the
    /// last tag read left the parser at the start of a line.
    private mutating func parseNodes(inside section: OpenSection?, atLineStart: Bool)
        throws(TemplateError) -> (nodes: [TemplateNode], endsAtLineStart: Bool)
    {
        var nodes = NodeCollector()
        var lineStart = atLineStart
        while position < bytes.count {
            let whitespaceStart = position
            if lineStart {
                skipSpacesAndTabs()
            }
            let textStart = position
            switch scanText() {
            case .lineEnd(let length):
                position += length
                nodes.append(text: bytes[whitespaceStart..<position])
                lineStart = true
                continue
            case .end:
                nodes.append(text: bytes[whitespaceStart..<position])
                continue
            case .tag:
                break
            }
            // Whitespace before a tag that may stand alone on its line; empty if text came first.
            var pending = bytes[whitespaceStart..<textStart]
            if position > textStart {
                nodes.append(text: bytes[whitespaceStart..<position])
                pending = []
                lineStart = false
            }
            let tagStart = position
            position += openDelimiter.count
            let sigil = position < bytes.count ? bytes[position] : 0
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                position += 1
                let name = try readName(tagStart: tagStart)
                let standalone = lineStart && consumeBlankLineEnd()
                if !standalone { nodes.append(text: pending) }
                let templateName = self.name(name, at: tagStart)
                let body = try parseNodes(inside: OpenSection(name: name, offset: tagStart), atLineStart: standalone)
                nodes.append(.section(templateName, inverted: sigil == UInt8(ascii: "^"), body: body.nodes))
                lineStart = body.endsAtLineStart
            case UInt8(ascii: "/"):
                position += 1
                let name = try readName(tagStart: tagStart)
                guard let section else {
                    throw error("closing tag '\(name)' has no open section", at: tagStart)
                }
                guard name == section.name else {
                    throw error("closing tag '\(name)' does not match the open section '\(section.name)'", at: tagStart)
                }
                let standalone = lineStart && consumeBlankLineEnd()
                if !standalone { nodes.append(text: pending) }
                return (nodes.finish(), standalone)
            case UInt8(ascii: "!"):
                position += 1
                _ = try readTagContent(tagStart: tagStart)
                lineStart = try standaloneOrKeep(pending, in: &nodes, lineStart: lineStart)
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                position += 1
                let closing = sigil == UInt8(ascii: "{") ? [UInt8(ascii: "}")] + closeDelimiter : closeDelimiter
                let name = try readName(tagStart: tagStart, closing: closing)
                nodes.append(text: pending)
                nodes.append(.variable(self.name(name, at: tagStart), escaped: false))
                lineStart = false
            case UInt8(ascii: ">"):
                position += 1
                let name = try readName(tagStart: tagStart)
                let (line, column) = locate(tagStart)
                partials.append(Template.PartialReference(name: name, line: line, column: column))
                let standalone = lineStart && consumeBlankLineEnd()
                nodes.append(text: pending)
                nodes.append(.partial(name, indentation: standalone ? String(decoding: pending, as: UTF8.self) : ""))
                lineStart = standalone
            case UInt8(ascii: "="):
                position += 1
                try readDelimiters(tagStart: tagStart)
                lineStart = try standaloneOrKeep(pending, in: &nodes, lineStart: lineStart)
            case UInt8(ascii: "%"):
                position += 1
                nodes.append(try readPragma(tagStart: tagStart))
                lineStart = try standaloneOrKeep(pending, in: &nodes, lineStart: lineStart)
            default:
                let name = try readName(tagStart: tagStart)
                nodes.append(text: pending)
                nodes.append(.variable(self.name(name, at: tagStart), escaped: true))
                lineStart = false
            }
        }
        if let section {
            throw error("section '\(section.name)' is never closed", at: section.offset)
        }
        return (nodes.finish(), lineStart)
    }

    /// For tags that produce no output: drops the line if the tag stands alone on it, else keeps
    /// the whitespace before it. Returns whether the parser is now at the start of a line.
    private mutating func standaloneOrKeep(
        _ pending: ArraySlice<UInt8>, in nodes: inout NodeCollector, lineStart: Bool
    ) throws(TemplateError) -> Bool {
        let standalone = lineStart && consumeBlankLineEnd()
        if !standalone { nodes.append(text: pending) }
        return standalone
    }

    private enum TextStop {
        case lineEnd(length: Int)
        case tag
        case end
    }

    /// Moves to the next line end, opening delimiter or the end of the source.
    private mutating func scanText() -> TextStop {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") { return .lineEnd(length: 1) }
            if byte == UInt8(ascii: "\r"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "\n") {
                return .lineEnd(length: 2)
            }
            if byte == openDelimiter[0], hasPrefix(openDelimiter, at: position) { return .tag }
            position += 1
        }
        return .end
    }

    private mutating func skipSpacesAndTabs() {
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
    }

    /// If only spaces and tabs follow up to the line end (or the end of the source), moves past them
    /// and the line end and returns true.
    private mutating func consumeBlankLineEnd() -> Bool {
        var end = position
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") {
            end += 1
        }
        if end == bytes.count {
            position = end
            return true
        }
        if bytes[end] == UInt8(ascii: "\n") {
            position = end + 1
            return true
        }
        if bytes[end] == UInt8(ascii: "\r"), end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "\n") {
            position = end + 2
            return true
        }
        return false
    }

    /// The text up to the closing delimiter (or `closing`), which is skipped.
    private mutating func readTagContent(tagStart: Int, closing: [UInt8]? = nil) throws(TemplateError) -> String {
        let closing = closing ?? closeDelimiter
        var end = position
        while end < bytes.count {
            if bytes[end] == closing[0], hasPrefix(closing, at: end) {
                let content = String(decoding: bytes[position..<end], as: UTF8.self)
                position = end + closing.count
                return content
            }
            end += 1
        }
        let expected = String(decoding: closing, as: UTF8.self)
        throw error("tag is not closed with '\(expected)'", at: tagStart)
    }

    /// A tag's name: its content without surrounding whitespace, which must be one word.
    private mutating func readName(tagStart: Int, closing: [UInt8]? = nil) throws(TemplateError) -> String {
        let name = try readTagContent(tagStart: tagStart, closing: closing).trimmingSpaces()
        if name.isEmpty {
            throw error("tag has no name", at: tagStart)
        }
        if name.utf8.contains(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 < 0x20 }) {
            throw error("'\(name)' is not a name: a name has no spaces or line breaks", at: tagStart)
        }
        return name
    }

    /// `{{=<% %>=}}`: two delimiters separated by whitespace.
    private mutating func readDelimiters(tagStart: Int) throws(TemplateError) {
        let content = try readTagContent(tagStart: tagStart, closing: [UInt8(ascii: "=")] + closeDelimiter)
        let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
            throw error("a delimiter tag names two delimiters, like {{=<% %>=}}", at: tagStart)
        }
        openDelimiter = Array(parts[0].utf8)
        closeDelimiter = Array(parts[1].utf8)
    }

    /// `{{% CONTENT_TYPE: TEXT }}` or `{{% CONTENT_TYPE: HTML }}`.
    private mutating func readPragma(tagStart: Int) throws(TemplateError) -> TemplateNode {
        let content = try readTagContent(tagStart: tagStart)
        let parts = content.split(separator: ":", maxSplits: 1).map { String($0).trimmingSpaces() }
        if parts.count == 2, parts[0] == "CONTENT_TYPE", parts[1] == "TEXT" || parts[1] == "HTML" {
            return .contentType(escapesHTML: parts[1] == "HTML")
        }
        throw error(
            "unknown pragma '\(content.trimmingSpaces())'; known: CONTENT_TYPE: TEXT and CONTENT_TYPE: HTML",
            at: tagStart)
    }

    private func hasPrefix(_ prefix: [UInt8], at offset: Int) -> Bool {
        guard offset + prefix.count <= bytes.count else { return false }
        for index in prefix.indices where bytes[offset + index] != prefix[index] {
            return false
        }
        return true
    }

    /// The name of the tag at `offset`, with the tag's line and column.
    private mutating func name(_ text: String, at offset: Int) -> TemplateName {
        let (line, column) = locate(offset)
        return TemplateName(text, line: line, column: column)
    }

    /// The line and column of `offset`, counted on from the last offset located when it is not before it.
    private mutating func locate(_ offset: Int) -> (line: Int, column: Int) {
        let start = located.offset <= offset ? located : (offset: 0, line: 1, column: 1)
        let (line, column) = location(of: offset, from: start)
        located = (offset, line, column)
        return (line, column)
    }

    /// 1-based line and column (in Unicode scalars) of a byte offset, counted from `start`.
    private func location(
        of offset: Int, from start: (offset: Int, line: Int, column: Int) = (0, 1, 1)
    ) -> (line: Int, column: Int) {
        var line = start.line
        var column = start.column
        for byte in bytes[start.offset..<offset] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    private func error(_ message: String, at offset: Int) -> TemplateError {
        let (line, column) = location(of: offset)
        return TemplateError(message, line: line, column: column)
    }
}

/// Nodes in order, with adjacent text merged into one node.
private struct NodeCollector {
    private var nodes: [TemplateNode] = []
    private var text: [UInt8] = []

    mutating func append(text bytes: ArraySlice<UInt8>) {
        text += bytes
    }

    mutating func append(_ node: TemplateNode) {
        flush()
        nodes.append(node)
    }

    mutating func finish() -> [TemplateNode] {
        flush()
        return nodes
    }

    private mutating func flush() {
        if !text.isEmpty {
            nodes.append(.text(String(decoding: text, as: UTF8.self)))
            text.removeAll(keepingCapacity: true)
        }
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
