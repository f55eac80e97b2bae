/// One render of a template, as UTF-8 bytes: appending to a `String` costs hundreds of instructions
/// each time, whatever the length, and a render appends a piece for every text and tag.
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
    /// What was rendered so far; its owner frees it.
    private(set) var output: RenderBuffer
    private var stack: [Frame] = []
    /// The template whose nodes are being rendered: the one asked for, or a partial of it.
    private var current = ""

    /// A render that appends to `output`.
    init(templates: [String: Template], output: RenderBuffer) {
        self.templates = templates
        self.output = output
    }

    mutating func render(_ template: Template, named name: String, with value: TemplateValue)
        throws(TemplateLibrary.Problem)
    {
        stack = [Frame(value: value)]
        current = name
        try render(template.code, steps: 0..<template.code.steps.count, escapesHTML: true, indentation: "")
    }

    /// Renders `steps` of `code`.
    private mutating func render(
        _ code: TemplateCode, steps: Range<Int>, escapesHTML: Bool, indentation: String
    ) throws(TemplateLibrary.Problem) {
        var escapesHTML = escapesHTML
        var index = steps.lowerBound
        while index < steps.upperBound {
            let step = code.steps[index]
            index += 1
            switch step {
            case .text(let start, let end):
                code.text.withUnsafeBufferPointer {
                    appendLines(UnsafeBufferPointer(rebasing: $0[start..<end]), indentation: indentation)
                }
            case .variable(let name, let escaped):
                let text: String
                switch try value(of: code.names[name]) {
                case .text(let value): text = value
                case .bool(let value): text = value ? "true" : "false"
                case .list, .object, .null: continue
                }
                append(escaped && escapesHTML ? Self.escapingHTML(text) : text, indentation: indentation)
            case .section(let name, let inverted, let end):
                let body = index..<end
                index = end
                let value = try value(of: code.names[name])
                if inverted {
                    if Self.isEmpty(value) {
                        try render(code, steps: body, escapesHTML: escapesHTML, indentation: indentation)
                    }
                    continue
                }
                switch value {
                case .null, .bool(false):
                    break
                case .bool(true):
                    try render(code, steps: body, escapesHTML: escapesHTML, indentation: indentation)
                case .list(let items):
                    for (position, item) in items.enumerated() {
                        stack.append(Frame(value: item, index: position, count: items.count))
                        try render(code, steps: body, escapesHTML: escapesHTML, indentation: indentation)
                        stack.removeLast()
                    }
                case .text, .object:
                    stack.append(Frame(value: value))
                    try render(code, steps: body, escapesHTML: escapesHTML, indentation: indentation)
                    stack.removeLast()
                }
            case .partial(let partial):
                let (name, partialIndentation) = code.partials[partial]
                if let template = templates[name] {
                    let including = current
                    current = name
                    try render(
                        template.code, steps: 0..<template.code.steps.count, escapesHTML: true,
                        indentation: indentation + partialIndentation)
                    current = including
                }
            case .contentType(let escapes):
                escapesHTML = escapes
            }
        }
    }

    /// Appends template text, indenting every line of it that starts with content.
    private mutating func appendLines(_ text: UnsafeBufferPointer<UInt8>, indentation: String) {
        guard !indentation.isEmpty else {
            output.append(text)
            return
        }
        var lineStart = 0
        while lineStart < text.count {
            var lineEnd = lineStart
            while lineEnd < text.count, text[lineEnd] != UInt8(ascii: "\n") {
                lineEnd += 1
            }
            if lineEnd > lineStart {
                if output.endsWithNewline {
                    output.append(indentation)
                }
                output.append(UnsafeBufferPointer(rebasing: text[lineStart..<lineEnd]))
            }
            guard lineEnd < text.count else { return }
            output.append(UInt8(ascii: "\n"))
            lineStart = lineEnd + 1
        }
    }

    /// Appends `text`, first indenting it when a partial's indentation applies at a line start.
    private mutating func append(_ text: String, indentation: String) {
        guard !text.isEmpty else { return }
        if !indentation.isEmpty, output.endsWithNewline {
            output.append(indentation)
        }
        output.append(text)
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
                let value = values.value(of: name)
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
