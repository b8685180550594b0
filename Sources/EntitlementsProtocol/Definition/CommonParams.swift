import Entitlements

/// The params several methods share, declared once, and the routines that read them.
enum CommonParams {
    /// `scheme`: the rule scheme.
    static let scheme = Param(
        .scheme, .nonEmptyString, help: "rule scheme: review-2022 (the rule book's default; a proposal), england-statutory (the law), kinship-pilot-2026 (the law plus the Kinship Allowance pilot) or any other scheme in the rule book",
        flags: [.option("scheme", valueName: "NAME")])
    /// `allowEstimated`: whether estimated values may be used.
    static let allowEstimated = Param(
        .allowEstimated, .bool, default: "false",
        help: "use estimated rates where no published one covers a date (they are listed)",
        flags: [.flag("allow-estimated", sets: .bool(true))])
    /// `region`: the NMA region.
    static let region = Param(
        .region, .string, help: "NMA region: london, south-east or rest-of-england", flags: [.option("region", valueName: "REGION")])
    /// `localAuthority`: a council by code or name.
    static let localAuthority = Param(
        .localAuthority, .nonEmptyString,
        help: "local authority, by code (E09000007) or name (Camden); gives the region and any council rates",
        flags: [.option("la", valueName: "COUNCIL")])
    /// `from`: the first day of a period.
    static let from = Param(.from, .date, required: true, help: "first day of the period", flags: [.option("from")])
    /// `to`: the last day of a period.
    static let to = Param(.to, .date, required: true, help: "last day of the period (included)", flags: [.option("to")])
    /// `schedule.frequency`.
    static let frequency = Param(
        .frequency, .choice(PaymentFrequency.allCases.map(\.rawValue)), required: true, help: "list payments by pay period",
        flags: [.option("schedule", valueName: "FREQUENCY")])
    /// `schedule.anchor`.
    static let anchor = Param(
        .anchor, .date, help: "first day of a pay period (default: --from; monthly periods are calendar months)",
        flags: [.option("anchor")])
    /// `schedule.payOffsetDays`.
    static let payOffsetDays = Param(
        .payOffsetDays, .integer(0...PayDayRule.maxOffsetDays), default: "0",
        help: "days from the period's last day (first day, in advance) to the pay date (default: the council's rule, else 0)",
        flags: [.option("pay-offset-days", valueName: "DAYS")])
    /// `schedule.payWeekday`.
    static let payWeekday = Param(
        .payWeekday, .choice(Weekday.allCases.map(\.rawValue)),
        help: "after the offset, pay on the first such weekday on or after it (default: the council's rule, else none)",
        flags: [.option("pay-weekday", valueName: "WEEKDAY")])
    /// `schedule.timing`.
    static let timing = Param(
        .timing, .choice(PayTiming.allCases.map(\.rawValue)), default: "\"arrears\"",
        help: "arrears: pay date counts from the period's last day; advance: from its first day (default: the council's rule, else arrears)",
        flags: [.option("pay-timing", valueName: "TIMING")])
    /// `schedule.monthly`.
    static let monthly = Param(
        .monthly, .choice(MonthlyPricing.allCases.map(\.rawValue)), default: "\"days\"",
        help: "monthly schedules: days (weekly rate × days ÷ 7) or twelfths (weekly rate × 52 ÷ 12 a month) (default: the council's rule, else days)",
        flags: [.option("monthly", valueName: "PRICING")])
    /// The params of a `schedule` object.
    static let scheduleParams = [frequency, anchor, payOffsetDays, payWeekday, timing, monthly]
    /// `schedule`: payments by pay period.
    static let schedule = Param(.schedule, .object(scheduleParams),
                                help: "payments by pay period: frequency, anchor and the pay-day rule")

    /// `dateOfBirth`, explained for whose it is.
    static func dateOfBirth(_ whose: String, required: Bool = true) -> Param {
        Param(.dateOfBirth, .date, required: required, help: "\(whose) date of birth", flags: [.option("dob")])
    }

    /// `on`: the date a question is asked about.
    static func on(_ help: String) -> Param {
        Param(.on, .date, required: true, help: help, flags: [.option("on")])
    }

    /// `alreadyPaid`, explained for what was paid.
    static func alreadyPaid(_ help: String) -> Param {
        Param(.alreadyPaid, .money, help: help, flags: [.option("already-paid")])
    }

    /// The scheme id named, if any.
    static func scheme<Source: ParamSource>(_ params: Source) throws(Source.Failure) -> String? {
        try params.nonEmptyString(.scheme)
    }

    /// Whether estimated values are allowed.
    static func allowEstimated<Source: ParamSource>(_ params: Source) throws(Source.Failure) -> Bool {
        try params.bool(.allowEstimated) ?? false
    }

    /// `from` and `to`, with `to` not before `from`.
    static func period<Source: ParamSource>(_ params: Source) throws(Source.Failure) -> DateRange {
        let from = try params.required(try params.date(.from), .from)
        let to = try params.required(try params.date(.to), .to)
        guard let range = DateRange(from: from, to: to) else {
            throw params.fault(.to, "\"to\" (\(to)) is before \"from\" (\(from)); the period runs from \"from\" to \"to\", both included")
        }
        return range
    }

    /// The longest `localAuthority` read, in Unicode scalars: refused before the search for similar
    /// council names, whose cost grows with the text's length.
    static let maxLocalAuthorityLength = CouncilDirectory.longestName

    /// `region` and/or `localAuthority`.
    static func place<Source: ParamSource>(_ params: Source) throws(Source.Failure) -> Place {
        let region = try params.string(.region)
        let localAuthority = try params.nonEmptyString(.localAuthority)
        if let text = localAuthority {
            let length = text.unicodeScalars.count
            if length > maxLocalAuthorityLength {
                throw params.fault(.localAuthority, "unknown council \"\(JSONField.clipped(text))\" (\(length) characters); council codes "
                                   + "and names are at most \(maxLocalAuthorityLength) characters: give a council code such as E09000007 or a council name")
            }
        }
        return Place(region: region, localAuthority: localAuthority)
    }

    /// An optional schedule; the anchor defaults to `defaultAnchor`.
    static func schedule<Source: ParamSource>(_ params: Source, defaultAnchor: CalendarDate) throws(Source.Failure) -> Schedule? {
        guard let object = try params.object(.schedule, allowed: scheduleParams) else { return nil }
        let frequency = try object.required(try object.choice(.frequency, PaymentFrequency.self), .frequency)
        let anchor = try object.date(.anchor) ?? defaultAnchor
        let payDay = PayDayRule(
            offsetDays: try object.integer(.payOffsetDays, in: 0...PayDayRule.maxOffsetDays),
            weekday: try object.choice(.payWeekday, Weekday.self), timing: try object.choice(.timing, PayTiming.self),
            monthly: try object.choice(.monthly, MonthlyPricing.self))
        if payDay.monthly == .twelfths, frequency != .monthly {
            throw object.fault(.monthly, "\"monthly\": \"twelfths\" prices calendar months, but the frequency is \(frequency.rawValue): "
                               + "give frequency monthly, or leave monthly out")
        }
        return Schedule(frequency: frequency, anchor: anchor, payDay: payDay)
    }
}
