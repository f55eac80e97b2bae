/// One render of a template into a string.
///
/// The output is built as UTF-8 bytes and made a string once at the end: appending to a `String`
/// costs hundreds of instructions each time, whatever the length, and a render appends a piece for
/// every text and tag.
///
/// A name that no value on the stack has is an error at its tag; a name whose value is
/// ``TemplateValue/null`` is not.
struct Rendering {
    /// A value on the lookup stack; `index` and `count` are set for the items of a list.
    private struct Frame {
        let value: TemplateValue
        var index = -1
        var count = 0
    }

    let templates: [String: Template]
    private var bytes: [UInt8] = []
    private var stack: [Frame] = []
    /// The template whose nodes are being rendered: the one asked for, or a partial of it.
    private var current = ""

    init(templates: [String: Template]) {
        self.templates = templates
    }

    mutating func render(_ template: Template, named name: String, with value: TemplateValue)
        throws(TemplateLibrary.Problem)
    {
        stack = [Frame(value: value)]
        current = name
        // Half the files are over 2 kB: growing from a few bytes would copy each of them several times.
        bytes.reserveCapacity(1 << 12)
        try render(template.nodes, escapesHTML: true, indentation: "")
    }

    /// What was rendered.
    var output: String {
        String(decoding: bytes, as: UTF8.self)
    }

    private mutating func render(_ nodes: [TemplateNode], escapesHTML: Bool, indentation: String)
        throws(TemplateLibrary.Problem)
    {
        var escapesHTML = escapesHTML
        for node in nodes {
            switch node {
            case .text(let text):
                appendLines(text, indentation: indentation)
            case .variable(let name, let escaped):
                let text: String
                switch try value(of: name) {
                case .text(let value): text = value
                case .bool(let value): text = value ? "true" : "false"
                case .list, .object, .null: continue
                }
                append(escaped && escapesHTML ? Self.escapingHTML(text) : text, indentation: indentation)
            case .section(let name, let inverted, let body):
                let value = try value(of: name)
                if inverted {
                    if Self.isEmpty(value) {
                        try render(body, escapesHTML: escapesHTML, indentation: indentation)
                    }
                    continue
                }
                switch value {
                case .null, .bool(false):
                    break
                case .bool(true):
                    try render(body, escapesHTML: escapesHTML, indentation: indentation)
                case .list(let items):
                    for (index, item) in items.enumerated() {
                        stack.append(Frame(value: item, index: index, count: items.count))
                        try render(body, escapesHTML: escapesHTML, indentation: indentation)
                        stack.removeLast()
                    }
                case .text, .object:
                    stack.append(Frame(value: value))
                    try render(body, escapesHTML: escapesHTML, indentation: indentation)
                    stack.removeLast()
                }
            case .partial(let name, let partialIndentation):
                if let template = templates[name] {
                    let including = current
                    current = name
                    try render(template.nodes, escapesHTML: true, indentation: indentation + partialIndentation)
                    current = including
                }
            case .contentType(let escapes):
                escapesHTML = escapes
            }
        }
    }

    /// Appends template text, indenting every line of it that starts with content.
    private mutating func appendLines(_ text: String, indentation: String) {
        guard !indentation.isEmpty else {
            appendBytes(of: text.utf8)
            return
        }
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        while true {
            let newline = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n"))
            let line = utf8[lineStart..<(newline ?? utf8.endIndex)]
            if !line.isEmpty {
                if bytes.last == UInt8(ascii: "\n") {
                    appendBytes(of: indentation.utf8)
                }
                appendBytes(of: line)
            }
            guard let newline else { return }
            bytes.append(UInt8(ascii: "\n"))
            lineStart = utf8.index(after: newline)
        }
    }

    /// Appends `text`, first indenting it when a partial's indentation applies at a line start.
    private mutating func append(_ text: String, indentation: String) {
        guard !text.isEmpty else { return }
        if !indentation.isEmpty, bytes.last == UInt8(ascii: "\n") {
            appendBytes(of: indentation.utf8)
        }
        appendBytes(of: text.utf8)
    }

    /// Appends UTF-8 as one copy of its bytes where they are contiguous, as a string's nearly always
    /// are; appending the view itself goes byte by byte.
    private mutating func appendBytes<UTF8: Collection<UInt8>>(of utf8: UTF8) {
        let copied: Void? = utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
        if copied == nil {
            bytes.append(contentsOf: utf8)
        }
    }

    /// What an inverted section tests: `null`, `false`, or an empty list.
    private static func isEmpty(_ value: TemplateValue) -> Bool {
        switch value {
        case .null: true
        case .bool(let flag): !flag
        case .list(let items): items.isEmpty
        case .text, .object: false
        }
    }

    /// The value of `name`; an error naming the tag when the context has no such value.
    private func value(of name: TemplateName) throws(TemplateLibrary.Problem) -> TemplateValue {
        guard let value = lookup(name) else {
            throw TemplateLibrary.Problem(
                template: current,
                error: TemplateError("no value named '\(name.text)' here", line: name.line, column: name.column))
        }
        return value
    }

    /// Finds `name` on the innermost value that has its first part, then follows the other parts;
    /// nil when there is no such value.
    private func lookup(_ name: TemplateName) -> TemplateValue? {
        if name.isCurrentValue { return stack.last?.value }
        if name.isAnchored {
            return Self.follow(name.parts.dropFirst(), from: stack.last?.value)
        }
        if let position = name.listPosition, let value = listPosition(position) {
            return value
        }
        var index = stack.count - 1
        while index >= 0 {
            if case .object(let values) = stack[index].value,
                let value = values.value(of: name.first, length: name.firstLength)
            {
                return name.parts.count == 1 ? value : Self.follow(name.parts.dropFirst(), from: value)
            }
            index -= 1
        }
        return nil
    }

    /// `-first`, `-last` and `-index` of the innermost list item.
    private func listPosition(_ position: TemplateName.ListPosition) -> TemplateValue? {
        guard let item = stack.last(where: { $0.index >= 0 }) else { return nil }
        switch position {
        case .first: return .bool(item.index == 0)
        case .last: return .bool(item.index == item.count - 1)
        case .index: return .text(String(item.index))
        }
    }

    /// The value down `parts` from `value`: nil where a part is not there, `null` past a `null`.
    private static func follow(_ parts: ArraySlice<String>, from value: TemplateValue?) -> TemplateValue? {
        var current = value
        for part in parts {
            switch current {
            case .null: return .null
            case .object(let values): current = values[part]
            default: return nil
            }
        }
        return current
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by HTML entities.
    static func escapingHTML(_ text: String) -> String {
        let special: (UInt8) -> Bool = {
            $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
                || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'")
        }
        guard text.utf8.contains(where: special) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}
