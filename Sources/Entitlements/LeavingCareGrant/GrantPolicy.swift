/// Leaving-care grant rules of one scheme: fixed dated amounts, or a base amount indexed yearly.
public final class GrantPolicy: Sendable {
    /// How the yearly amount is found.
    public enum Rule: Sendable {
        /// Fixed amounts by date.
        case fixed(DatedRows<Money>)
        /// A base amount carried forward each 1 April by an index.
        case indexed(IndexedAmount)
    }

    /// The policy id.
    public let id: String
    /// A title.
    public let title: String
    /// The policy's source.
    public let source: String
    /// The source, escaped for JSON once (`Citation`).
    let citation: Citation
    /// A remark on how the policy is read.
    public let note: String?
    /// What the indexed grant's sentence cites: the note if there is one, else the source.
    let indexationCitation: Citation
    /// The youngest age at which a care leaver may claim, on the claim date.
    public let minAge: Int
    /// The oldest age at which a care leaver may claim (to the day before the next birthday).
    public let maxAge: Int
    /// Where the age limits come from.
    public let ageSource: String
    /// `ageSource`, escaped for JSON once.
    let ageCitation: Citation
    /// The rule.
    public let rule: Rule

    /// Makes the value from its parts.
    init(id: String, title: String, source: String, note: String?, minAge: Int, maxAge: Int, ageSource: String, rule: Rule) {
        self.id = id
        self.title = title
        self.source = source
        citation = Citation(source)
        self.note = note
        indexationCitation = Citation(note ?? source)
        self.minAge = minAge
        self.maxAge = maxAge
        self.ageSource = ageSource
        ageCitation = Citation(ageSource)
        self.rule = rule
    }
}

/// A base amount for a financial year, indexed every 1 April by a monthly index rate.
public final class IndexedAmount: Sendable {
    /// The year the base amount applies to.
    public let baseYear: FinancialYear
    /// The base amount.
    public let baseAmount: Money
    /// The base amount's status.
    public let baseStatus: ValueStatus
    /// The base amount's source.
    public let baseSource: String
    /// How an estimated base amount was made, or other remarks (required when estimated).
    public let baseNote: String?
    /// The index series id.
    public let index: String
    /// The month of the previous calendar year whose rate indexes each 1 April (9 = September).
    public let indexMonth: Int
    /// `indexMonth`'s name, e.g. "September", for the sentences.
    public let indexMonthName: String

    /// Makes the value from its parts.
    init(baseYear: FinancialYear, baseAmount: Money, baseStatus: ValueStatus, baseSource: String, baseNote: String?,
         index: String, indexMonth: Int) {
        self.baseYear = baseYear
        self.baseAmount = baseAmount
        self.baseStatus = baseStatus
        self.baseSource = baseSource
        self.baseNote = baseNote
        self.index = index
        self.indexMonth = indexMonth
        indexMonthName = Self.monthNames[max(0, min(11, indexMonth - 1))]
    }

    /// The months' names, January first: the calendar's words, not rule data.
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]
}

extension GrantPolicy {
    /// Reads a leaving-care grant policy (fixed amounts, or an indexed base amount).
    static func decodeGrantPolicy(_ field: JSONField) throws(FieldError) -> GrantPolicy {
        let object = try field.object(allowed: RuleBook.policyKeys + ["minAge", "maxAge", "ageSource", "note", "amounts", "base", "index", "indexMonth", "rounding"])
        let minAge = try RuleFileDecoding.age(try object.required("minAge"))
        let maxAgeField = try object.required("maxAge")
        let maxAge = try RuleFileDecoding.age(maxAgeField)
        if maxAge < minAge { throw maxAgeField.error("maxAge \(maxAge) is below minAge \(minAge)") }
        let rule: GrantPolicy.Rule
        if let amountsField = object.optional("amounts") {
            for key in ["base", "index", "indexMonth", "rounding"] where object.optional(key) != nil {
                throw FieldError(path: JSONField.pointer(object.path, key), message: "a policy with fixed \"amounts\" has no \"\(key)\"")
            }
            var rows: [DatedRow<Money>] = []
            for rowField in try amountsField.array() {
                rows.append(try RuleFileDecoding.datedRow(rowField, payloadKeys: ["amount"], regions: nil) {
                    row throws(FieldError) in try row.required("amount").exactMoney()
                })
            }
            try RuleFileDecoding.checkOrder(rows, path: amountsField.path)
            rule = .fixed(DatedRows(rows))
        } else {
            let baseField = try object.required("base")
            let base = try baseField.object(allowed: ["financialYear", "amount", "status", "source", "note"])
            let yearField = try base.required("financialYear")
            guard let year = FinancialYear(try yearField.string()) else {
                throw yearField.error("a financial year is written like 2022-23")
            }
            let status = try RuleFileDecoding.status(base)
            if status == .notFound { throw baseField.error("a base amount must be enacted or estimated") }
            let baseNote = try RuleFileDecoding.note(base, status: status)
            _ = try object.required("rounding").oneOf(["pound"])
            rule = .indexed(IndexedAmount(
                baseYear: year, baseAmount: try base.required("amount").exactMoney(), baseStatus: status,
                baseSource: try base.required("source").nonEmptyString(), baseNote: baseNote,
                index: try object.required("index").nonEmptyString(),
                indexMonth: try object.required("indexMonth").integer(in: 1...12)))
        }
        return GrantPolicy(
            id: try object.required("id").nonEmptyString(), title: try object.required("title").nonEmptyString(),
            source: try object.required("source").nonEmptyString(), note: try object.optional("note")?.nonEmptyString(),
            minAge: minAge, maxAge: maxAge, ageSource: try object.required("ageSource").nonEmptyString(), rule: rule)
    }
}

extension GrantPolicy: RulePolicy {}

extension EntitlementKind {
    /// The leaving-care grant on a date.
    public static let leavingCareGrant = EntitlementKind(id: "leavingCareGrant", title: "Leaving-care grant")
}

/// The leaving-care grant in the registry: `grant-policies` files, one `leavingCareGrant` slot per scheme.
enum LeavingCareGrantEntitlement: Entitlement {
    static let kind = EntitlementKind.leavingCareGrant
    static let ruleFileKind = "grant-policies"
    static let slots = ["leavingCareGrant"]

    /// Reads each policy.
    static func policies(in file: FieldObject) throws(FieldError) -> [(policy: GrantPolicy, field: JSONField)] {
        try eachPolicy(in: file, GrantPolicy.decodeGrantPolicy)
    }

    /// An indexed grant's index series exists.
    static func check(_ policy: GrantPolicy, at path: String, in book: RuleBookAssembler) throws(FieldError) {
        if case .indexed(let indexed) = policy.rule, book.indexSeries[indexed.index] == nil {
            throw FieldError(path: path + "/index", message: "no index series \"\(indexed.index)\"")
        }
    }
}

extension Scheme {
    /// The leaving-care grant policy.
    public var leavingCareGrant: GrantPolicy { policy(LeavingCareGrantEntitlement.self) }
}
