import CYaml

/// A libyaml parser over a byte buffer: hands out events as `ParseEvent`s and turns a failure into a
/// diagnostic.
///
/// The buffer must outlive the parser.
final class EventParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private let isInitialized: Bool

    /// `bytes` must not be empty: libyaml needs a non-null input pointer.
    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        parser = .allocate(capacity: 1)
        isInitialized = yaml_parser_initialize(parser) == 1
        if isInitialized, let start = bytes.baseAddress {
            yaml_parser_set_input_string(parser, start, bytes.count)
        }
    }

    deinit {
        if isInitialized {
            yaml_parser_delete(parser)
        }
        parser.deallocate()
    }

    /// Reads the next event that shapes the tree into `event`; stream start and document end are
    /// skipped. Returns the error that ended reading instead, if one did.
    ///
    /// The caller's event is filled in place: handing out a new one for each of the hundreds of
    /// thousands of events of a large spec cost a copy and a release of all its fields.
    func next(into converted: inout ParseEvent) -> Diagnostic? {
        var event = yaml_event_t()
        while true {
            guard isInitialized, yaml_parser_parse(parser, &event) == 1 else {
                return failure()
            }
            defer { yaml_event_delete(&event) }
            if Self.convert(event, into: &converted) {
                return nil
            }
        }
    }

    /// Fills `converted` from `event`; `false` for an event that does not shape the tree.
    private static func convert(_ event: yaml_event_t, into converted: inout ParseEvent) -> Bool {
        switch event.type {
        case YAML_SCALAR_EVENT, YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT, YAML_SEQUENCE_END_EVENT,
            YAML_MAPPING_END_EVENT, YAML_ALIAS_EVENT, YAML_DOCUMENT_START_EVENT, YAML_STREAM_END_EVENT:
            break
        default:
            return false
        }
        converted.text = ""
        converted.style = .plain
        converted.isFlow = false
        converted.tag = nil
        converted.anchor = nil
        converted.line = event.start_mark.line + 1
        converted.column = event.start_mark.column + 1
        converted.endLine = event.end_mark.line + 1
        switch event.type {
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            converted.kind = .scalar
            converted.text = String(
                decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            converted.style = style(data.style)
            converted.tag = tag(data.tag)
            converted.anchor = data.anchor.map { String(cString: $0) }
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            startCollection(
                .sequenceStart, isFlow: data.style == YAML_FLOW_SEQUENCE_STYLE, tag: data.tag, anchor: data.anchor,
                in: &converted)
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            startCollection(
                .mappingStart, isFlow: data.style == YAML_FLOW_MAPPING_STYLE, tag: data.tag, anchor: data.anchor,
                in: &converted)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            converted.kind = .collectionEnd
        case YAML_ALIAS_EVENT:
            converted.kind = .alias
            converted.text = String(cString: event.data.alias.anchor)
        case YAML_DOCUMENT_START_EVENT:
            converted.kind = .documentStart
        default:
            converted.kind = .streamEnd
        }
        return true
    }

    private static func startCollection(
        _ kind: ParseEvent.Kind, isFlow: Bool, tag pointer: UnsafeMutablePointer<yaml_char_t>?,
        anchor: UnsafeMutablePointer<yaml_char_t>?, in event: inout ParseEvent
    ) {
        event.kind = kind
        event.isFlow = isFlow
        event.tag = tag(pointer)
        event.anchor = anchor.map { String(cString: $0) }
    }

    /// The error that made parsing fail, at libyaml's problem position.
    private func failure() -> Diagnostic {
        guard isInitialized else {
            return .error("out of memory while reading YAML", at: nil)
        }
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "invalid YAML"
        switch state.error {
        case YAML_MEMORY_ERROR:
            return .error("out of memory while reading YAML", at: nil)
        case YAML_READER_ERROR:
            return .error(problem, at: location(ofByte: state.problem_offset))
        default:
            var message = problem
            if let context = state.context {
                let line = state.context_mark.line + 1
                let column = state.context_mark.column + 1
                message += " (\(String(cString: context)) at line \(line), column \(column))"
            }
            let mark = state.problem_mark
            return .error(message, at: SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1))
        }
    }

    /// Line and column (in characters) of a byte offset, for encoding errors that carry only an offset.
    private func location(ofByte offset: Int) -> SourceLocation {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
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
