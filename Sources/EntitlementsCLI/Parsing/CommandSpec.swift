/// The declaration of one subcommand: what it does, its options, positional arguments and examples.
public struct CommandSpec: Sendable {
    /// The words after the program name, e.g. `kinship` or `rules check`.
    public let name: String
    /// One line: what the command does.
    public let summary: String
    /// Further paragraphs for the help text.
    public let details: [String]
    /// Positional arguments, all required, in order.
    public let positionals: [PositionalSpec]
    /// The options, in help order.
    public let options: [OptionSpec]
    /// Constraints between options.
    public let rules: [OptionRule]
    /// Worked examples; the first appears in usage errors.
    public let examples: [CommandExample]

    /// Declares a command.
    public init(name: String, summary: String, details: [String] = [], positionals: [PositionalSpec] = [],
                options: [OptionSpec], rules: [OptionRule] = [], examples: [CommandExample]) {
        self.name = name
        self.summary = summary
        self.details = details
        self.positionals = positionals
        self.options = options
        self.rules = rules
        self.examples = examples
    }

    /// The option named `name` (without dashes), if declared.
    public func option(_ name: String) -> OptionSpec? {
        options.first { $0.name == name }
    }
}
