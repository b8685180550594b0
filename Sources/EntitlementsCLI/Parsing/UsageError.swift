/// A mistake in the command line: one line saying what is wrong, and what to do instead.
public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The broad kind of mistake.
    public enum Kind: Sendable, Equatable {
        /// An option the command does not declare.
        case unknownOption
        /// An option that needs a value was given none.
        case missingValue
        /// A flag was given a value (`--json=yes`).
        case unexpectedValue
        /// A value of the wrong type or outside the accepted set.
        case invalidValue
        /// An option given twice that may appear only once.
        case repeatedOption
        /// A required option is missing, or none of a required group was given.
        case missingOption
        /// Options that may not be used together, or one used without the option it needs.
        case conflict
        /// More positional arguments than the command takes.
        case unexpectedArgument
        /// A positional argument is missing.
        case missingArgument
        /// A subcommand that does not exist, or none.
        case unknownCommand
    }

    /// The kind of mistake.
    public let kind: Kind
    /// What is wrong, e.g. `unknown option --form`.
    public let message: String
    /// What to do, e.g. `did you mean --from?`, if the parser can tell.
    public let suggestion: String?

    /// Makes an error.
    public init(_ kind: Kind, _ message: String, suggestion: String? = nil) {
        self.kind = kind
        self.message = message
        self.suggestion = suggestion
    }

    /// The message and suggestion on one line: `unknown option --form; did you mean --from?`.
    public var description: String {
        suggestion.map { "\(message); \($0)" } ?? message
    }

    /// The same error with a suggestion added when it has none.
    public func suggesting(_ fallback: String) -> UsageError {
        suggestion == nil ? UsageError(kind, message, suggestion: fallback) : self
    }

    /// Shortens text quoted back in a message, and keeps it on one line.
    static func clipped(_ text: String) -> String {
        let oneLine = text.map { $0.isNewline ? " " : $0 }
        return oneLine.count <= 40 ? String(oneLine) : String(oneLine.prefix(40)) + "…"
    }
}
