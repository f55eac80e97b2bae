/// A template that cannot be read: what is wrong and where (1-based line and column).
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public let message: String
    /// The 1-based line.
    public let line: Int
    /// The 1-based column.
    public let column: Int

    /// The error `message` at `line` and `column`.
    public init(_ message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    /// `line:column: message`.
    public var description: String { "\(line):\(column): \(message)" }
}
