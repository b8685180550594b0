/// Staying Put or Staying Close rules of one scheme.
public final class StayingPutPolicy: Sendable {
    /// The policy id.
    public let id: String
    /// `staying-put` or `staying-close`.
    public let arrangement: String
    /// A title.
    public let title: String
    /// The policy's source.
    public let source: String
    /// The source, escaped for JSON once (`Citation`).
    let citation: Citation
    /// Funding starts on the birthday of this age.
    public let startsAtAge: Int
    /// Funding stops on the birthday of this age.
    public let endsAtAge: Int
    /// The national table whose band gives the rate where the council has none.
    public let fallbackTable: String?
    /// The band of the fallback table to use.
    public let fallbackBand: String?
    /// Why there is no statutory weekly funding, when only a programme rate (a council's or the
    /// request's) is paid; nil when the funding is statutory.
    public let programmeNote: String?

    /// Makes the value from its parts.
    init(id: String, arrangement: String, title: String, source: String, startsAtAge: Int, endsAtAge: Int, fallbackTable: String?, fallbackBand: String?,
         programmeNote: String? = nil) {
        self.id = id
        self.arrangement = arrangement
        self.title = title
        self.source = source
        citation = Citation(source)
        self.startsAtAge = startsAtAge
        self.endsAtAge = endsAtAge
        self.fallbackTable = fallbackTable
        self.fallbackBand = fallbackBand
        self.programmeNote = programmeNote
    }
}

extension StayingPutPolicy {
    /// Reads a Staying Put or Staying Close policy.
    static func decodeStayingPutPolicy(_ field: JSONField) throws(FieldError) -> StayingPutPolicy {
        let object = try field.object(allowed: RuleBook.policyKeys + ["arrangement", "startsAtAge", "endsAtAge", "fallbackTable", "fallbackBand", "funding", "fundingNote"])
        let startsAtAge = try RuleFileDecoding.age(try object.required("startsAtAge"))
        let endsField = try object.required("endsAtAge")
        let endsAtAge = try RuleFileDecoding.age(endsField)
        if endsAtAge <= startsAtAge { throw endsField.error("endsAtAge \(endsAtAge) must be above startsAtAge \(startsAtAge)") }
        let fallbackTable = try object.optional("fallbackTable")?.nonEmptyString()
        let fallbackBand = try object.optional("fallbackBand")?.nonEmptyString()
        if (fallbackTable == nil) != (fallbackBand == nil) {
            throw FieldError(path: JSONField.pointer(object.path, fallbackTable == nil ? "fallbackTable" : "fallbackBand"),
                             message: "give both fallbackTable and fallbackBand, or neither")
        }
        // "programme": no statutory weekly funding, only a council's programme rate (or the request's).
        let programme = try object.optional("funding")?.oneOf(["statutory", "programme"]) == "programme"
        let fundingNote = try object.optional("fundingNote")?.nonEmptyString()
        if programme != (fundingNote != nil) {
            throw FieldError(path: JSONField.pointer(object.path, "fundingNote"),
                             message: programme ? "a policy with \"funding\": \"programme\" needs a fundingNote saying why there is no statutory funding"
                                                : "fundingNote is only for a policy with \"funding\": \"programme\"")
        }
        if programme, fallbackTable != nil {
            throw FieldError(path: JSONField.pointer(object.path, "fallbackTable"),
                             message: "a programme (no statutory funding) has no national fallback rate; remove fallbackTable and fallbackBand")
        }
        return StayingPutPolicy(
            id: try object.required("id").nonEmptyString(),
            arrangement: try object.required("arrangement").oneOf(StayingArrangement.allCases.map(\.rawValue)),
            title: try object.required("title").nonEmptyString(), source: try object.required("source").nonEmptyString(),
            startsAtAge: startsAtAge, endsAtAge: endsAtAge, fallbackTable: fallbackTable, fallbackBand: fallbackBand,
            programmeNote: programme ? fundingNote : nil)
    }
}

extension StayingPutPolicy: RulePolicy {}

extension EntitlementKind {
    /// Staying Put or Staying Close funding over a period.
    public static let stayingPutFunding = EntitlementKind(id: "stayingPutFunding", title: "Staying Put or Staying Close funding")
}

/// Staying Put and Staying Close in the registry: `staying-put-policies` files, a `stayingPut` and a
/// `stayingClose` slot per scheme, each filled by a policy for that arrangement.
enum StayingPutFundingEntitlement: Entitlement {
    static let kind = EntitlementKind.stayingPutFunding
    static let ruleFileKind = "staying-put-policies"
    static let slots = ["stayingPut", "stayingClose"]
    /// The arrangement each slot is for.
    static let arrangements = ["staying-put", "staying-close"]

    /// Reads each policy.
    static func policies(in file: FieldObject) throws(FieldError) -> [(policy: StayingPutPolicy, field: JSONField)] {
        try eachPolicy(in: file, StayingPutPolicy.decodeStayingPutPolicy)
    }

    /// A fallback table is a national table with the band named.
    static func check(_ policy: StayingPutPolicy, at path: String, in book: RuleBookAssembler) throws(FieldError) {
        guard let tableID = policy.fallbackTable, let band = policy.fallbackBand else { return }
        guard let table = book.nationalTable(tableID, purpose: nil) else {
            throw FieldError(path: path + "/fallbackTable", message: "no national rate table \"\(tableID)\"")
        }
        if table.band(id: band) == nil {
            throw FieldError(path: path + "/fallbackBand", message: "table \"\(tableID)\" has no band \"\(band)\"")
        }
    }

    /// A slot takes a policy for its own arrangement.
    static func misfit(_ policy: StayingPutPolicy, slot: Int) -> String? {
        let arrangement = arrangements[slot]
        return policy.arrangement == arrangement ? nil : "policy \"\(policy.id)\" is for \(policy.arrangement), not \(arrangement)"
    }
}

extension Scheme {
    /// Staying Put.
    public var stayingPut: StayingPutPolicy { policy(StayingPutFundingEntitlement.self, slot: 0) }
    /// Staying Close.
    public var stayingClose: StayingPutPolicy { policy(StayingPutFundingEntitlement.self, slot: 1) }
}
