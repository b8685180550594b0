import EntitlementsProtocol

/// Why a command stopped, and so its exit status.
enum CommandFailure: Error {
    /// The command line is wrong: exit 2.
    case usage(UsageError)
    /// The request could not be computed (a protocol error): exit 1.
    case notComputed(String)
    /// The rule book is invalid: exit 3.
    case invalidRuleBook(String)
    /// Standard input or output (or a file written) failed: exit 4.
    case inputOutput(IOFailure)

    /// The exit status.
    var status: ExitStatus {
        switch self {
        case .usage: .usage
        case .notComputed: .notComputed
        case .invalidRuleBook: .invalidRuleBook
        case .inputOutput: .inputOutputFailed
        }
    }
}

/// The exit statuses of `entitlements`.
enum ExitStatus: Int32 {
    /// Success.
    case success = 0
    /// A request that could not be computed.
    case notComputed = 1
    /// A usage error.
    case usage = 2
    /// The rule book is invalid.
    case invalidRuleBook = 3
    /// Reading the input or writing the output failed (not a reader that went away, which is a
    /// quiet end).
    case inputOutputFailed = 4
}
