/// The declaration of one `--name` option: its value kind, help, default and how often it may appear.
public struct OptionSpec: Sendable {
    /// The name without dashes, e.g. `dob`.
    public let name: String
    /// What the value must be.
    public let kind: ValueKind
    /// One line for the help text.
    public let help: String
    /// The placeholder in help and usage (default: the kind's, e.g. `DATE`).
    public let valueName: String
    /// The value used when the option is absent, as it would be typed, shown in help.
    public let defaultValue: String?
    /// Whether the command cannot run without it.
    public let isRequired: Bool
    /// Whether it may be given more than once (each value is kept).
    public let isRepeatable: Bool

    /// Declares an option.
    public init(_ name: String, _ kind: ValueKind, help: String, valueName: String? = nil, default defaultValue: String? = nil,
                required isRequired: Bool = false, repeatable isRepeatable: Bool = false) {
        self.name = name
        self.kind = kind
        self.help = help
        self.valueName = valueName ?? kind.placeholder
        self.defaultValue = defaultValue
        self.isRequired = isRequired
        self.isRepeatable = isRepeatable
    }

    /// The option as typed, e.g. `--dob`.
    public var flag: String { "--" + name }

    /// The option with its placeholder, e.g. `--dob DATE`.
    public var synopsis: String { kind.takesValue ? flag + " " + valueName : flag }
}

/// The declaration of a positional argument, e.g. `DIR`.
public struct PositionalSpec: Sendable {
    /// The placeholder, e.g. `DIR`.
    public let name: String
    /// One line for the help text.
    public let help: String

    /// Declares a required positional argument.
    public init(_ name: String, help: String) {
        self.name = name
        self.help = help
    }
}

/// A constraint between options, checked after parsing.
public enum OptionRule: Sendable {
    /// At least one of these options (names without dashes) must be given.
    case oneOrMore([String])
    /// At most one of these options may be given.
    case exclusive([String])
    /// The first option may only be given with the second.
    case requires(String, String)
}

/// A worked example shown in help: the arguments after the program name, what it shows, and any
/// line piped to its standard input.
public struct CommandExample: Sendable {
    /// What the example shows, one line.
    public let caption: String
    /// The arguments after the program name.
    public let arguments: [String]
    /// A line piped to standard input (shown as `echo '…' |`), if any.
    public let input: String?

    /// Declares an example.
    public init(_ caption: String, _ arguments: [String], input: String? = nil) {
        self.caption = caption
        self.arguments = arguments
        self.input = input
    }
}
