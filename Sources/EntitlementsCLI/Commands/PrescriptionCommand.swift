import Entitlements
import EntitlementsProtocol

/// `entitlements prescription`: prescription-charge exemption on a date.
enum PrescriptionCommand: EntitlementCommand {
    static let name = "prescription"
    static let method = Method.prescriptionExemption
    static var options: [BoundOption] { Options.params(method.definition) + [Options.rules, Options.json] }
    static let rules: [OptionRule] = []
    static let examples = [
        CommandExample("A care leaver aged 22 (exempt under review-2022 until the day before 25)",
                       ["prescription", "--dob", "2003-06-10", "--on", "2025-10-01", "--care-leaver"]),
        CommandExample("Three items a month with no exemption: the cheapest way to pay",
                       ["prescription", "--dob", "1990-01-01", "--on", "2025-10-01", "--items-per-month", "3"]),
    ]

    static let compareExample: CommandExample? = CommandExample("A care leaver of 22 under both schemes",
                        [CompareCommand.name, "prescription", "--dob", "2003-06-10", "--on", "2025-10-01", "--care-leaver"])

    static func render(_ result: MethodResult, _ arguments: ParsedArguments, style: TextStyle) -> String {
        Report.render(result, title: "Prescription charges", style: style)
    }
}
