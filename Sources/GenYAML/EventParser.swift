import CYaml

/// A libyaml parser over a byte buffer: hands out events and turns a failure into a diagnostic.
///
/// The buffer must outlive the parser; `NodeBuilder` keeps both inside one `withUnsafe…` scope.
final class EventParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let bytes: UnsafeBufferPointer<UInt8>
    private let isInitialized: Bool

    /// `bytes` must not be empty: libyaml needs a non-null input pointer.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
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

    /// Reads the next event into `event`; `false` on a syntax, encoding or memory error.
    func next(_ event: inout yaml_event_t) -> Bool {
        isInitialized && yaml_parser_parse(parser, &event) == 1
    }

    /// The error that made `next` fail, at libyaml's problem position.
    func failure(file: String) -> Diagnostic {
        guard isInitialized else {
            return .error("out of memory while reading YAML", at: nil)
        }
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "invalid YAML"
        switch state.error {
        case YAML_MEMORY_ERROR:
            return .error("out of memory while reading YAML", at: nil)
        case YAML_READER_ERROR:
            return .error(problem, at: location(ofByte: state.problem_offset, file: file))
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
    private func location(ofByte offset: Int, file: String) -> SourceLocation {
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
}
