import Synchronization

/// A position in a spec file: 1-based line and column, as editors count them.
///
/// Every node of a spec carries one, and nodes are copied often, on several threads at once. So a
/// location holds a number for its file, not the file's path: copying it retains nothing, and the
/// threads do not contend for one reference count. Its three numbers are 32 bits each, so that a
/// node, which holds one, takes a quarter less memory.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The number of the file's path in ``SourceFiles``.
    private var storedFileNumber: Int32
    private var storedLine: Int32
    private var storedColumn: Int32

    var fileNumber: Int { Int(storedFileNumber) }

    /// The 1-based line.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Self.clamped(newValue) }
    }

    /// The 1-based column.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Self.clamped(newValue) }
    }

    /// The file's path.
    public var file: String {
        get { SourceFiles.path(of: fileNumber) }
        set { storedFileNumber = Self.clamped(SourceFiles.number(of: newValue)) }
    }

    /// The position at `line` and `column` of `file`.
    public init(file: String, line: Int, column: Int) {
        self.init(fileNumber: SourceFiles.number(of: file), line: line, column: column)
    }

    /// The position at `line` and `column` of the file numbered `fileNumber`.
    init(fileNumber: Int, line: Int, column: Int) {
        storedFileNumber = Self.clamped(fileNumber)
        storedLine = Self.clamped(line)
        storedColumn = Self.clamped(column)
    }

    /// `value`, or the nearest number 32 bits hold: no spec has two billion lines, files or columns.
    private static func clamped(_ value: Int) -> Int32 {
        Int32(clamping: value)
    }

    /// `file:line:column`, the form editors make clickable.
    public var description: String { "\(file):\(line):\(column)" }
}

/// The paths of the files locations point into, each numbered once for the life of the process.
enum SourceFiles {
    private static let table = Mutex<(numbers: [String: Int], paths: [String])>(([:], []))

    /// The number of `path`, given it on first use.
    static func number(of path: String) -> Int {
        table.withLock { table in
            if let number = table.numbers[path] {
                return number
            }
            table.paths.append(path)
            table.numbers[path] = table.paths.count - 1
            return table.paths.count - 1
        }
    }

    /// The path numbered `number`.
    static func path(of number: Int) -> String {
        table.withLock { $0.paths[number] }
    }
}
