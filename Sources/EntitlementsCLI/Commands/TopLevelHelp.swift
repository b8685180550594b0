/// The help of `entitlements` itself: every subcommand, exit statuses, and an example.
enum TopLevelHelp {
    /// The text.
    static var text: String {
        let help = HelpText(program: CommandLineTool.program)
        let rows: [(String, String)] = Route.listed.map { spec in
            if spec.name == VersionCommand.spec.name { return ("\(spec.name), --version", spec.summary) }
            return (([spec.name] + spec.positionals.map(\.name)).joined(separator: " "), spec.summary)
        }
        let example = KinshipCommand.examples[0]
        return """
            \(CommandLineTool.program): money owed to kinship carers and care leavers in England, under two rule schemes

            Usage:
              \(CommandLineTool.program) SUBCOMMAND [options]
              \(CommandLineTool.program) SUBCOMMAND --help

            Subcommands:
            \(help.table(rows))
            Every calculation prints tables by default and, with --json, exactly the JSON protocol's result object.
            --rules DIR uses another rule book; --scheme england-statutory the baseline scheme (review-2022 is the default).

            Exit status:
              0  success
              1  a request that could not be computed (the protocol's message is on stderr)
              2  a usage error
              3  the rule book is invalid
              4  reading the input or writing the output failed (not a reader that went away)

            Example:
              # \(example.caption)
              \(help.commandLine(example))
            """
    }
}
