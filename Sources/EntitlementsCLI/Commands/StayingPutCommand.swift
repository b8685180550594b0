import Entitlements
import EntitlementsProtocol

/// `entitlements staying-put`: Staying Put (or, with `--close`, Staying Close) funding over a period.
enum StayingPutCommand: EntitlementCommand {
    static let name = "staying-put"
    static let method = Method.stayingPutFunding
    static var options: [BoundOption] { Options.params(method.definition) + [Options.rules, Options.json] }
    static let rules: [OptionRule] = [Options.placeRule, .requires("anchor", "schedule")]
    static let examples = [
        CommandExample("Staying Put in the South East for 2025-26, with a £40 weekly contribution",
                       ["staying-put", "--dob", "2006-05-10", "--region", "south-east", "--from", "2025-04-01", "--to", "2026-03-31",
                        "--contribution", "40.00"]),
        CommandExample("Staying Close at a council rate of £200 a week, paid monthly",
                       ["staying-put", "--close", "--weekly-rate", "200.00", "--dob", "2004-01-01", "--region", "london",
                        "--from", "2025-04-01", "--to", "2025-06-30", "--schedule", "monthly"]),
    ]

    static let compareExample: CommandExample? = CommandExample("Staying Put past the 21st birthday in the South East",
                        [CompareCommand.name, "staying-put", "--dob", "2004-08-20", "--region", "south-east", "--from", "2025-04-01", "--to", "2026-03-31"])

    static func render(_ result: MethodResult, _ arguments: ParsedArguments, style: TextStyle) -> String {
        Report.render(result, title: arguments.flag("close") ? "Staying Close funding" : "Staying Put funding", style: style)
    }
}
