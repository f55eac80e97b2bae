/// Reads YAML (and JSON, which is YAML) through libyaml into a `Node` tree.
///
/// Every node carries the file, line and column where it starts. Aliases are replaced by the node
/// their anchor names. Syntax errors, duplicate mapping keys and unknown aliases are reported as
/// diagnostics; all of them that can be found in one pass are thrown together.
public enum YAMLReader {
    /// Parses one document from text. `file` names it in every location and diagnostic.
    public static func parse(_ text: String, file: String) throws(DiagnosticError) -> Node {
        var text = text
        let result = text.withUTF8 { bytes in
            var builder = NodeBuilder(file: file)
            return builder.build(from: bytes)
        }
        return try result.get()
    }

    /// Reads the file at `path` and parses the one document in it.
    ///
    /// `path` is used, exactly as given, as the file name of every location. A file that cannot be
    /// read is reported as a diagnostic without a location.
    public static func parse(contentsOf path: String) throws(DiagnosticError) -> Node {
        let bytes = try FileContents.load(path)
        let result = bytes.withUnsafeBufferPointer { buffer in
            var builder = NodeBuilder(file: path)
            return builder.build(from: buffer)
        }
        return try result.get()
    }
}
