import Entitlements

/// JSON Schemas of the methods' results. Results may gain fields (the protocol grows by adding),
/// so objects list their fields and which are always present, and allow others.
enum ResultSchema {
    /// The fields every result has: scheme, rule book, engine, eligibility, reasons, estimated values.
    static let common: [(String, JSONValue)] = [
        ("scheme", JSONSchema.string("the scheme the result was computed under")),
        ("schemeStatus", JSONSchema.oneOf(SchemeStatus.allCases.map(\.rawValue), "whether the scheme is the law, a pilot or a proposal")),
        ("rulebook", JSONSchema.record([("revision", JSONSchema.string("SHA-256 of the rule files")),
                                        ("version", JSONSchema.string("the rule book's version"))])),
        ("engine", JSONSchema.string("the engine's version")),
        ("eligible", JSONSchema.bool("whether anything is owed or applies")),
        ("reasons", JSONSchema.array(JSONSchema.record([
            ("rule", JSONSchema.string("the rule's id")), ("text", JSONSchema.string("the reason in a sentence")),
            ("source", JSONSchema.string("the rule's source")),
        ]), "why, in sentences a caseworker can read aloud")),
        ("estimated", JSONSchema.array(JSONSchema.object([
            ("table", JSONSchema.string()), ("effective", JSONSchema.date()), ("until", JSONSchema.dateOrNull("null for a value with no end date")),
            ("region", JSONSchema.anyOf([JSONSchema.string(), .object(["type": .string("null")])])), ("note", JSONSchema.string()),
        ], required: ["table", "effective", "until", "note"]), "the estimated values used")),
    ]

    /// A result: the common fields and these, of which `required` are always present.
    static func result(_ fields: [(String, JSONValue)], required: [String], _ description: String) -> JSONValue {
        JSONSchema.object(common + fields, required: common.map(\.0) + required, description)
    }

    /// One line of an allowance: a stretch of days at one rate.
    static let line = JSONSchema.object([
        ("from", JSONSchema.date()), ("to", JSONSchema.date()), ("days", JSONSchema.integer()),
        ("region", JSONSchema.string()), ("ageBand", JSONSchema.anyOf([JSONSchema.string(), .object(["type": .string("null")])])),
        ("weeklyRate", JSONSchema.money()), ("amount", JSONSchema.money()), ("table", JSONSchema.string()),
        ("effective", JSONSchema.dateOrNull("the effective date of the table row used")),
        ("grossWeeklyRate", JSONSchema.money()), ("weeklyContribution", JSONSchema.money()),
    ], required: ["from", "to", "days", "region", "weeklyRate", "amount", "table"])

    /// A kinship allowance or Staying Put result.
    static let allowance = result([
        ("total", JSONSchema.money("the sum of the lines")), ("lines", JSONSchema.array(line)),
        ("payments", JSONSchema.array(JSONSchema.object([
            ("from", JSONSchema.date()), ("to", JSONSchema.date()), ("payDate", JSONSchema.date()), ("amount", JSONSchema.money()),
            ("lines", JSONSchema.array(line)),
        ], required: ["from", "to", "payDate", "amount", "lines"]), "the pay periods, when a schedule was asked for")),
        ("balance", JSONSchema.money("total − alreadyPaid: positive means arrears are owed")),
        ("eligibleFrom", JSONSchema.dateOrNull()), ("eligibleUntil", JSONSchema.dateOrNull()),
    ], required: ["total", "lines", "eligibleFrom", "eligibleUntil"], "an allowance over a period, in lines")

    /// A leaving-care grant result.
    static let grant = result([
        ("financialYear", JSONSchema.string("e.g. 2026-27")), ("amount", JSONSchema.money()), ("remaining", JSONSchema.money()),
        ("indexation", JSONSchema.array(JSONSchema.object([
            ("financialYear", JSONSchema.string()), ("amount", JSONSchema.money()),
            ("rate", JSONSchema.anyOf([JSONSchema.string(), .object(["type": .string("null")])])),
        ], required: ["financialYear", "amount"]))),
    ], required: ["financialYear", "amount", "remaining", "indexation"], "the leaving-care grant on a date")

    /// An apprenticeship bursary result.
    static let bursary = result([
        ("total", JSONSchema.money()),
        ("payments", JSONSchema.array(JSONSchema.object([
            ("due", JSONSchema.date()), ("amount", JSONSchema.money()), ("year", JSONSchema.integer()),
            ("instalment", JSONSchema.integer()),
        ], required: ["due", "amount", "year"]))),
    ], required: ["total", "payments"], "the bursary's payments, in date order")

    /// A prescription exemption result.
    static let prescription = result([
        ("exempt", JSONSchema.bool()),
        ("grounds", JSONSchema.array(JSONSchema.object([("ground", JSONSchema.string()), ("until", JSONSchema.dateOrNull())],
                                                       required: ["ground", "until"]))),
        ("chargePerItem", JSONSchema.money()),
        ("annualCost", JSONSchema.object([("option", JSONSchema.string()), ("amount", JSONSchema.money())], required: ["option", "amount"])),
        ("annualSaving", JSONSchema.money()),
    ], required: ["exempt", "grounds", "chargePerItem"], "whether prescriptions are free on a date")

    /// Any one entitlement's result.
    static let entitlement = JSONSchema.anyOf([allowance, grant, bursary, prescription])

    /// An `assess` result.
    static let assess = JSONSchema.object([
        ("eligible", JSONSchema.bool()), ("engine", JSONSchema.string()), ("on", JSONSchema.date()),
        ("scheme", JSONSchema.string()), ("schemeStatus", common[1].1), ("rulebook", common[2].1), ("reasons", common[5].1),
        ("estimated", common[6].1),
        ("entitlements", JSONSchema.array(JSONSchema.object([
            ("method", JSONSchema.string()),
            ("status", JSONSchema.oneOf(AssessmentStatus.allCases.map(\.rawValue), "where it stands on `on` (absent with an error)")),
            ("nextDue", JSONSchema.date("the next date something falls due, where there is one")),
        ], required: ["method"]), "one entry per entitlement that can apply to the person: its result and status, or its error")),
        ("notApplicable", JSONSchema.array(JSONSchema.object([
            ("method", JSONSchema.string()), ("reason", JSONSchema.string("why it cannot apply to this person")),
        ], required: ["method", "reason"]), "the entitlements left out because they cannot apply to this person")),
    ], required: ["eligible", "engine", "entitlements", "notApplicable", "on", "rulebook", "scheme", "schemeStatus"],
       "what can apply to one person on a date")

    /// A `compare` result.
    static let compare = JSONSchema.object([
        ("method", JSONSchema.string()), ("results", JSONSchema.array(entitlement, "one per scheme")),
        ("difference", JSONSchema.object([("eligible", JSONSchema.string())], required: ["eligible"],
                                         "second minus first for total or amount, and how eligibility changed")),
    ], required: ["method", "results", "difference"], "one entitlement under two schemes")

    /// A `rules.describe` result.
    static let rulesDescribe = JSONSchema.object([
        ("revision", JSONSchema.string()), ("version", JSONSchema.string()),
        ("comparedSchemes", JSONSchema.array(JSONSchema.string(), "the two schemes compare uses when a request names none")),
        ("schemes", JSONSchema.array(JSONSchema.object([
            ("id", JSONSchema.string()), ("status", JSONSchema.oneOf(SchemeStatus.allCases.map(\.rawValue), "law, pilot or proposal")),
            ("inWords", JSONSchema.string("the scheme and its status in words")),
        ], required: ["id", "status"]))),
    ], required: ["revision", "version", "schemes"], "the rule book: revision, schemes and tables")
}
