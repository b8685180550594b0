/// Why a command stopped, and so its exit status.
enum CommandFailure: Error {
    /// The command line is wrong: exit 2.
    case usage(UsageError)
    /// The request could not be computed (a protocol error): exit 1.
    case notComputed(String)
    /// The rule book is invalid: exit 3.
    case invalidRuleBook(String)

    /// The exit status.
    var status: ExitStatus {
        switch self {
        case .usage: .usage
        case .notComputed: .notComputed
        case .invalidRuleBook: .invalidRuleBook
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
}
