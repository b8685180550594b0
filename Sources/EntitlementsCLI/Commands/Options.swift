import Entitlements

/// The options commands share, each declared once with the param it fills.
enum Options {
    /// `--dob DATE`: a date of birth.
    static func dob(_ whose: String, required: Bool = true) -> BoundOption {
        BoundOption(OptionSpec("dob", .date, help: "\(whose) date of birth", required: required), .value(["dateOfBirth"]))
    }

    /// `--from DATE`: the first day of a period.
    static let from = BoundOption(OptionSpec("from", .date, help: "first day of the period", required: true), .value(["from"]))
    /// `--to DATE`: the last day of a period (included).
    static let to = BoundOption(OptionSpec("to", .date, help: "last day of the period (included)", required: true), .value(["to"]))

    /// `--on DATE`: the date a question is asked about.
    static func on(_ help: String) -> BoundOption {
        BoundOption(OptionSpec("on", .date, help: help, required: true), .value(["on"]))
    }

    /// `--region REGION`.
    static let region = BoundOption(
        OptionSpec("region", .string, help: "NMA region: london, south-east or rest-of-england", valueName: "REGION"),
        .value(["region"]))
    /// `--la COUNCIL`: a council by code or name, giving the region and any council rates.
    static let la = BoundOption(
        OptionSpec("la", .string, help: "local authority, by code (E09000007) or name (Camden); gives the region and any council rates",
                   valueName: "COUNCIL"),
        .value(["localAuthority"]))
    /// The rule that a region or a council is needed.
    static let placeRule = OptionRule.oneOrMore(["region", "la"])

    /// `--scheme NAME`.
    static let scheme = BoundOption(
        OptionSpec("scheme", .string, help: "rule scheme: review-2022 (the rule book's default) or england-statutory", valueName: "NAME"),
        .value(["scheme"]))
    /// `--allow-estimated`.
    static let allowEstimated = BoundOption(
        OptionSpec("allow-estimated", .flag, help: "use estimated rates where no published one covers a date (they are listed)"),
        .constant(.bool(true), ["allowEstimated"]))
    /// `--schedule FREQUENCY`.
    static let schedule = BoundOption(
        OptionSpec("schedule", .choice(PaymentFrequency.allCases.map(\.rawValue)), help: "list payments by pay period",
                   valueName: "FREQUENCY"),
        .value(["schedule", "frequency"]))
    /// `--anchor DATE`.
    static let anchor = BoundOption(
        OptionSpec("anchor", .date, help: "first day of a pay period (default: --from; monthly periods are calendar months)"),
        .value(["schedule", "anchor"]))
    /// `--already-paid AMOUNT`.
    static func alreadyPaid(_ help: String) -> BoundOption {
        BoundOption(OptionSpec("already-paid", .money, help: help), .value(["alreadyPaid"]))
    }

    /// `--json`: print the protocol's result object.
    static let json = BoundOption(OptionSpec("json", .flag, help: "print the JSON protocol's result object instead of tables"), nil)
    /// `--rules DIR`: another rule book.
    static let rules = BoundOption(
        OptionSpec("rules", .path, help: "use the rule book in this directory instead of the built-in one", valueName: "DIR"), nil)

    /// `--order ORDER`.
    static let order = BoundOption(
        OptionSpec("order", .choice(KinshipOrder.allCases.map(\.rawValue)), help: "the carer's order or arrangement",
                   valueName: "ORDER", default: KinshipOrder.specialGuardianship.rawValue),
        .value(["order"]))
    /// `--care-leaver`.
    static let careLeaver = BoundOption(OptionSpec("care-leaver", .flag, help: "the person is a care leaver"),
                                        .constant(.bool(true), ["careLeaver"]))
    /// `--not-care-leaver`.
    static let notCareLeaver = BoundOption(OptionSpec("not-care-leaver", .flag, help: "the person is not a care leaver"),
                                           .constant(.bool(false), ["careLeaver"]))

    /// `--close`: Staying Close instead of Staying Put.
    static let close = BoundOption(OptionSpec("close", .flag, help: "Staying Close instead of Staying Put"),
                                   .constant(.string(StayingArrangement.stayingClose.rawValue), ["arrangement"]))
    /// `--contribution AMOUNT`.
    static let contribution = BoundOption(
        OptionSpec("contribution", .money, help: "the young person's weekly contribution", default: "0.00"),
        .value(["weeklyContribution"]))
    /// `--weekly-rate AMOUNT`.
    static let weeklyRate = BoundOption(
        OptionSpec("weekly-rate", .money, help: "the council's weekly rate (needed for Staying Close without a council rate)"),
        .value(["weeklyRate"]))

    /// The prescription flags, benefits and items per month.
    static let prescription: [BoundOption] = [
        BoundOption(OptionSpec("full-time-education", .flag, help: "aged 16 to 18 and in full-time education"),
                    .constant(.bool(true), ["fullTimeEducation"])),
        BoundOption(OptionSpec("maternity", .flag, help: "holds a maternity exemption certificate"),
                    .constant(.bool(true), ["maternityExemption"])),
        BoundOption(OptionSpec("medical", .flag, help: "holds a medical exemption certificate"),
                    .constant(.bool(true), ["medicalExemption"])),
        BoundOption(OptionSpec("war-pension", .flag, help: "holds a war pension exemption certificate"),
                    .constant(.bool(true), ["warPensionExemption"])),
        BoundOption(OptionSpec("inpatient", .flag, help: "an NHS inpatient"), .constant(.bool(true), ["nhsInpatient"])),
        BoundOption(OptionSpec("benefit", .choice(PrescriptionExemption.benefits), help: "a qualifying benefit or certificate",
                               valueName: "NAME", repeatable: true),
                    .each(["benefits"])),
        BoundOption(OptionSpec("items-per-month", .integer(0...1000), help: "prescription items a month, to price the cheapest way to pay"),
                    .value(["itemsPerMonth"])),
    ]
}
