import Entitlements
import EntitlementsProtocol

/// `entitlements assess`: everything one person is entitled to on a date.
enum AssessCommand: EntitlementCommand {
    static let name = Method.assess.rawValue
    static let method = Method.assess
    static var options: [BoundOption] { Options.params(method.definition) + [Options.rules, Options.json] }
    static let rules: [OptionRule] = [
        .exclusive(["care-leaver", "not-care-leaver"]),
        .requires("apprenticeship-start", "apprenticeship-end"), .requires("apprenticeship-end", "apprenticeship-start"),
    ]
    static let examples = [
        CommandExample("A care leaver of 19 on an apprenticeship, on 1 October 2025",
                       [name, "--dob", "2006-03-15", "--on", "2025-10-01", "--region", "rest-of-england", "--care-leaver",
                        "--apprenticeship-start", "2025-09-01", "--apprenticeship-end", "2027-08-31"]),
        CommandExample("A London child of 14 with a special guardian",
                       [name, "--dob", "2011-06-20", "--on", "2025-10-01", "--region", "london"]),
    ]

    static func render(_ result: MethodResult, _ arguments: ParsedArguments, style: TextStyle) -> String {
        Report.render(result, title: "Assessment", style: style)
    }
}
