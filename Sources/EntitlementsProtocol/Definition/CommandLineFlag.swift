/// How the command line sets a param: the flag a person types, declared with the param.
public enum CommandLineFlag: Sendable {
    /// `--name VALUE`: the value, of the param's type, is the param (`valueName` is the placeholder in help).
    case option(String, valueName: String? = nil)
    /// `--name` alone sets the param to a constant (`true`, `false` or a word); `help` says what the
    /// flag means when the param's own help does not.
    case flag(String, sets: FlagValue, help: String? = nil)
    /// `--name VALUE`, repeatable: each value is one element of the param's array.
    case each(String, valueName: String? = nil)

    /// The constant a flag sets.
    public enum FlagValue: Sendable, Equatable {
        /// A boolean.
        case bool(Bool)
        /// A word (one of a choice).
        case word(String)
    }

    /// The flag's name without dashes, e.g. `dob`.
    public var name: String {
        switch self {
        case .option(let name, _), .flag(let name, _, _), .each(let name, _): name
        }
    }
}
