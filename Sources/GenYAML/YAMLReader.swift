/// Reads YAML (and JSON, which is YAML) through libyaml into a `Node` tree.
///
/// Every node carries the file, line and column where it starts. Aliases are replaced by the node
/// their anchor names. Syntax errors, duplicate mapping keys and unknown aliases are reported as
/// diagnostics; all of them that can be found in one pass are thrown together.
public enum YAMLReader {
    /// From this size on, a document is read in two parts on two threads where it can be.
    public static let splitSize = 1 << 18

    /// Parses one document from text. `file` names it in every location and diagnostic.
    ///
    /// A document of at least `splitSize` bytes is read in two parts on two threads where that gives
    /// the same tree; the result never depends on `splitSize`.
    public static func parse(_ text: String, file: String, splitSize: Int = splitSize) throws(DiagnosticError)
        -> Node
    {
        var text = text
        let result = text.withUTF8 { bytes in
            parse(bytes, file: file, splitSize: splitSize)
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
            parse(buffer, file: path, splitSize: splitSize)
        }
        return try result.get()
    }

    /// Parses `bytes`, in two parts on two threads when it is at least `splitSize` bytes long and
    /// `SplitReader` finds a cut that it can confirm.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, file: String, splitSize: Int) -> Result<
        Node, DiagnosticError
    > {
        guard !bytes.isEmpty else {
            return .failure(NodeBuilder.emptyDocument(file: file))
        }
        if let root = SplitReader.parse(bytes, file: file, minimumSize: splitSize) {
            return .success(root)
        }
        var builder = NodeBuilder(file: file)
        return builder.build(from: EventParser(bytes: bytes, file: file))
    }
}
