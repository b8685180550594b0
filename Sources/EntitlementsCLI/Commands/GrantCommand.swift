import Entitlements
import EntitlementsProtocol

/// `entitlements grant`: the leaving-care grant on a date.
enum GrantCommand: EntitlementCommand {
    static let name = "grant"
    static let method = Method.leavingCareGrant
    static var options: [BoundOption] { Options.params(method.definition) + [Options.rules, Options.json] }
    static let rules: [OptionRule] = []
    static let examples = [
        CommandExample("A claim on 1 June 2025 (2025-26: £2,913 under review-2022)", ["grant", "--on", "2025-06-01"]),
        CommandExample("What remains of the statutory grant after £1,000.50 was paid",
                       ["grant", "--on", "2024-09-15", "--scheme", "england-statutory", "--already-paid", "1000.50"]),
    ]

    static let compareExample: CommandExample? = CommandExample("The grant on 1 June 2025 under both schemes", [CompareCommand.name, "grant", "--on", "2025-06-01"])

    static func render(_ result: MethodResult, _ arguments: ParsedArguments, style: TextStyle) -> String {
        Report.render(result, title: "Leaving-care grant", style: style)
    }
}
