import Entitlements
import EntitlementsProtocol

/// `entitlements assess`: everything one person is entitled to on a date.
enum AssessCommand: EntitlementCommand {
    static let name = Method.assess.rawValue
    static let method = Method.assess
    static var options: [BoundOption] { Options.params(method.definition) + [explain, Options.rules, Options.json] }
    /// `--explain`: each reason's rule id and each entitlement's method (the human output only).
    static let explain = BoundOption(OptionSpec("explain", .flag, help: "show the rule id behind each reason and each entitlement's method"), nil)
    static let rules: [OptionRule] = [
        .exclusive(["care-leaver", "not-care-leaver"]),
        .requires("apprenticeship-start", "apprenticeship-end"), .requires("apprenticeship-end", "apprenticeship-start"),
        .exclusive(["staying-put", "staying-close", "close"]),
    ]
    static let examples = [
        CommandExample("A care leaver of 19 on an apprenticeship, on 1 October 2025",
                       [name, "--dob", "2006-03-15", "--on", "2025-10-01", "--region", "rest-of-england", "--care-leaver",
                        "--apprenticeship-start", "2025-09-01", "--apprenticeship-end", "2027-08-31"]),
        CommandExample("A London child of 14 with a special guardian",
                       [name, "--dob", "2011-06-20", "--on", "2025-10-01", "--region", "london"]),
        CommandExample("A care leaver of 20 in a Staying Put arrangement, under the statutory rules",
                       [name, "--dob", "2005-05-01", "--on", "2025-06-01", "--region", "london", "--care-leaver", "--staying-put",
                        "--scheme", "england-statutory"]),
    ]

    static func render(_ result: MethodResult, _ arguments: ParsedArguments, style: TextStyle) -> String {
        guard case .assessment(let assessment) = result else { return Report.render(result, title: "Assessment", style: style) }
        return AssessReport.render(assessment, explain: arguments.flag("explain"), style: style)
    }
}
