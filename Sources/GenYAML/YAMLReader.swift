/// Reads YAML (and JSON, which is YAML) through libyaml into a `Node` tree.
public enum YAMLReader {
    /// Parses one document from text. `file` names it in every location and diagnostic.
    public static func parse(_ text: String, file: String) throws(DiagnosticError) -> Node {
        throw DiagnosticError([.error("YAML reading is not implemented", at: nil)])
    }
}

extension YAMLReader {
    public static func parse(contentsOf path: String) throws(DiagnosticError) -> Node {
        throw DiagnosticError([.error("YAML reading is not implemented", at: nil)])
    }
}
