import CYaml

/// Writes a node tree as block-style YAML through libyaml's emitter.
///
/// The output depends only on the tree's values, not on how they were written: a string is written
/// plain where a YAML reader reads it back as the same string, and quoted where it would read as a
/// number, a boolean, a null or a date; numbers, booleans and nulls are written plain. So a spec read
/// from JSON and the same spec read from YAML are written byte for byte the same.
public enum YAMLWriter {
    /// The YAML text of `root`, ending in a line break.
    public static func write(_ root: Node) throws(DiagnosticError) -> String {
        let emitter = Emitter()
        guard emitter.emitDocument(root) else {
            throw DiagnosticError([.error("cannot write YAML: \(emitter.problem)", at: root.location)])
        }
        return String(decoding: emitter.output.bytes, as: UTF8.self)
    }
}

/// The bytes libyaml writes, collected through its output callback.
private final class OutputBuffer {
    var bytes: [UInt8] = []
}

/// One libyaml emitter: events in, YAML bytes out.
private final class Emitter {
    let output = OutputBuffer()
    private let emitter: UnsafeMutablePointer<yaml_emitter_t>
    private let isInitialized: Bool

    init() {
        emitter = .allocate(capacity: 1)
        isInitialized = yaml_emitter_initialize(emitter) == 1
        guard isInitialized else {
            return
        }
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_indent(emitter, 2)
        yaml_emitter_set_width(emitter, -1)
        yaml_emitter_set_break(emitter, YAML_LN_BREAK)
        yaml_emitter_set_output(
            emitter,
            { context, buffer, size in
                guard let context, let buffer else {
                    return 0
                }
                let output = Unmanaged<OutputBuffer>.fromOpaque(context).takeUnretainedValue()
                output.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
                return 1
            }, Unmanaged.passUnretained(output).toOpaque())
    }

    deinit {
        if isInitialized {
            yaml_emitter_delete(emitter)
        }
        emitter.deallocate()
    }

    /// What libyaml reported when an event was refused.
    var problem: String {
        guard isInitialized else {
            return "libyaml could not start an emitter"
        }
        return emitter.pointee.problem.map { String(cString: $0) } ?? "unknown libyaml error"
    }

    func emitDocument(_ root: Node) -> Bool {
        guard isInitialized else {
            return false
        }
        var event = yaml_event_t()
        guard yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING) == 1, emit(&event),
            yaml_document_start_event_initialize(&event, nil, nil, nil, 1) == 1, emit(&event),
            emitNode(root),
            yaml_document_end_event_initialize(&event, 1) == 1, emit(&event),
            yaml_stream_end_event_initialize(&event) == 1, emit(&event)
        else {
            return false
        }
        return true
    }

    private func emit(_ event: inout yaml_event_t) -> Bool {
        yaml_emitter_emit(emitter, &event) == 1
    }

    private func emitNode(_ node: Node) -> Bool {
        var event = yaml_event_t()
        switch node.content {
        case .scalar(let scalar):
            // An empty null is written `null`: a bare empty key would read back as the string ''.
            let written = scalar.value.isEmpty && node.isNull ? Scalar("null") : scalar
            return emitScalar(written, isString: node.isString)
        case .sequence(let items):
            guard yaml_sequence_start_event_initialize(&event, nil, nil, 1, YAML_BLOCK_SEQUENCE_STYLE) == 1,
                emit(&event)
            else {
                return false
            }
            for item in items where !emitNode(item) {
                return false
            }
        case .mapping(let pairs):
            guard yaml_mapping_start_event_initialize(&event, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE) == 1,
                emit(&event)
            else {
                return false
            }
            for pair in pairs where !(emitNode(pair.key) && emitNode(pair.value)) {
                return false
            }
        }
        let ended =
            node.sequence != nil
            ? yaml_sequence_end_event_initialize(&event) : yaml_mapping_end_event_initialize(&event)
        return ended == 1 && emit(&event)
    }

    private func emitScalar(_ scalar: Scalar, isString: Bool) -> Bool {
        var event = yaml_event_t()
        // A string that a reader would take for another type must be quoted; libyaml then picks the
        // quoting. Anything else may be plain, where libyaml finds plain safe.
        let mayBePlain: Int32 = !isString || !ScalarReading.readsAsOtherType(scalar.value) ? 1 : 0
        var text = scalar.value
        let initialized = text.withUTF8 { bytes in
            // libyaml needs a pointer even for the empty string.
            withUnsafePointer(to: UInt8(0)) { empty in
                yaml_scalar_event_initialize(
                    &event, nil, nil, bytes.baseAddress ?? empty, Int32(bytes.count), mayBePlain, 1,
                    YAML_ANY_SCALAR_STYLE)
            }
        }
        return initialized == 1 && emit(&event)
    }
}
