import Entitlements
import EntitlementsProtocol

/// `entitlements bursary`: the apprenticeship bursary payments.
enum BursaryCommand: EntitlementCommand {
    static let name = "bursary"
    static let method = Method.apprenticeshipBursary
    static var options: [BoundOption] { Options.params(method.definition) + [Options.rules, Options.json] }
    static let rules: [OptionRule] = []
    static let examples = [
        CommandExample("A four-year apprenticeship from September 2023 for a care leaver born in 2001",
                       ["bursary", "--dob", "2001-06-15", "--start", "2023-09-01", "--end", "2027-08-31"]),
        CommandExample("The statutory bursary: three £1,000 instalments for a start from August 2023",
                       ["bursary", "--scheme", "england-statutory", "--dob", "2004-11-20", "--start", "2023-08-01", "--end", "2025-07-31"]),
    ]

    static let compareExample: CommandExample? = CommandExample("A care leaver of 20 starting an apprenticeship in September 2023",
                        [CompareCommand.name, "bursary", "--dob", "2003-05-01", "--start", "2023-09-01", "--end", "2026-08-31"])

    static func render(_ result: MethodResult, _ arguments: ParsedArguments, style: TextStyle) -> String {
        Report.render(result, title: "Apprenticeship bursary", style: style)
    }
}
