/// One problem found in a spec, with where it is.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// Whether a problem stops the run.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    /// Whether the problem stops the run.
    public var severity: Severity
    /// What is wrong.
    public var message: String
    /// Where the problem is; `nil` only when no position is known (an unreadable file, say).
    public var location: SourceLocation?

    /// A problem of `severity` at `location`.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// An error at `location`.
    public static func error(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    /// A warning at `location`.
    public static func warning(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    /// `file:line:column: error: message`.
    public var description: String {
        if let location {
            return "\(location): \(severity.rawValue): \(message)"
        }
        return "\(severity.rawValue): \(message)"
    }
}

/// Thrown by a stage that found one or more errors; carries every diagnostic, not just the first.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    /// Every problem found.
    public var diagnostics: [Diagnostic]

    /// An error that carries `diagnostics`.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Every diagnostic, one per line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
