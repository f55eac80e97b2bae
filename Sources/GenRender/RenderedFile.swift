/// One output file, held in memory until the whole run has succeeded.
public struct RenderedFile: Sendable, Hashable {
    /// The path below the output folder, with `/` separators.
    public var path: String
    /// The file's text, as the UTF-8 bytes written. Two files are equal when their paths and bytes are.
    public var bytes: [UInt8]

    /// The file's text.
    public var contents: String {
        get { String(decoding: bytes, as: UTF8.self) }
        set { bytes = Array(newValue.utf8) }
    }

    /// The file at `path` with the UTF-8 text `bytes`.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// The file at `path` with `contents`.
    public init(path: String, contents: String) {
        self.init(path: path, bytes: Array(contents.utf8))
    }
}
