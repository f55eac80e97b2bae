/// One output file, held in memory until the whole run has succeeded.
public struct RenderedFile: Sendable, Hashable {
    /// The path below the output folder, with `/` separators.
    public var path: String
    /// The file's text.
    public var contents: String

    /// The file at `path` with `contents`.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
