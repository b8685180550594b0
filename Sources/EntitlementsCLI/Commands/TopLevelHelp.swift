/// The help of `entitlements` itself: every subcommand, exit statuses, and an example.
enum TopLevelHelp {
    /// The text.
    static var text: String {
        let help = HelpText(program: CommandLineTool.program)
        var rows: [(String, String)] = Route.commands.filter { $0.spec.name != "version" }.map { ($0.spec.name, $0.spec.summary) }
        rows.insert((CompareCommand.name, CompareCommand.spec.summary), at: 6)
        rows.insert(("rules describe", RulesDescribeCommand.spec.summary), at: 7)
        rows.insert(("rules check DIR", RulesCheckCommand.spec.summary), at: 8)
        rows.append(("version, --version", VersionCommand.spec.summary))
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
