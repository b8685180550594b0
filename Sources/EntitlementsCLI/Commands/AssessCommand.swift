import Entitlements
import EntitlementsProtocol

/// `entitlements assess`: everything one person is entitled to on a date.
enum AssessCommand: EntitlementCommand {
    static let name = "assess"
    static let summary = "everything one child or care leaver is entitled to on a date, each with its reasons"
    static let method = Method.assess
    static var options: [BoundOption] {
        [Options.dob("the person's"), Options.on("the date to assess (allowances cover its financial year)"),
         Options.region, Options.la, Options.careLeaver, Options.notCareLeaver, Options.order, Options.close,
         Options.contribution, Options.weeklyRate,
         BoundOption(OptionSpec("apprenticeship-start", .date, help: "first day of an apprenticeship"), .value(["apprenticeship", "start"])),
         BoundOption(OptionSpec("apprenticeship-end", .date, help: "last day on the apprenticeship"), .value(["apprenticeship", "end"]))]
            + Options.prescription.filter { $0.spec.name != "care-leaver" }
            + [Options.scheme, Options.allowEstimated, Options.rules, Options.json]
    }
    static let rules: [OptionRule] = [
        .exclusive(["care-leaver", "not-care-leaver"]),
        .requires("apprenticeship-start", "apprenticeship-end"), .requires("apprenticeship-end", "apprenticeship-start"),
    ]
    static let examples = [
        CommandExample("A care leaver of 19 on an apprenticeship, on 1 October 2025",
                       ["assess", "--dob", "2006-03-15", "--on", "2025-10-01", "--region", "rest-of-england", "--care-leaver",
                        "--apprenticeship-start", "2025-09-01", "--apprenticeship-end", "2027-08-31"]),
        CommandExample("A London child of 14 with a special guardian",
                       ["assess", "--dob", "2011-06-20", "--on", "2025-10-01", "--region", "london"]),
    ]

    static func render(_ result: MethodResult, _ arguments: ParsedArguments, style: TextStyle) -> String {
        Report.render(result, title: "Assessment", style: style)
    }
}
