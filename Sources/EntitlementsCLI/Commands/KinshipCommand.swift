import Entitlements
import EntitlementsProtocol

/// `entitlements kinship`: the kinship allowance over a period.
enum KinshipCommand: EntitlementCommand {
    static let name = "kinship"
    static let method = Method.kinshipAllowance
    static var options: [BoundOption] { Options.params(method.definition) + [Options.rules, Options.json] }
    static let rules: [OptionRule] = [Options.placeRule, .requires("anchor", "schedule")]
    static let examples = [
        CommandExample("A London special guardian, 2025-26 (£12,692.14, split at the 11th birthday)",
                       ["kinship", "--dob", "2014-09-03", "--region", "london", "--from", "2025-04-01", "--to", "2026-03-31"]),
        CommandExample("Four-weekly payments and arrears against £10,000 already paid, for a Kent child",
                       ["kinship", "--dob", "2017-03-15", "--la", "Kent", "--from", "2025-04-01", "--to", "2026-03-31",
                        "--schedule", "four-weekly", "--already-paid", "10000"]),
    ]

    static let compareExample: CommandExample? = CommandExample("What the review adds for a London special guardian in 2025-26",
                        [CompareCommand.name, "kinship", "--dob", "2015-01-10", "--region", "london", "--from", "2025-04-01", "--to", "2026-03-31"])

    static func render(_ result: MethodResult, _ arguments: ParsedArguments, style: TextStyle) -> String {
        Report.render(result, title: "Kinship allowance", style: style)
    }
}
