/// A qualifying benefit or certificate for prescription exemption, as the rule book describes it.
public final class PrescriptionBenefit: Sendable {
    /// The word a request gives, e.g. `income-support`.
    public let id: String
    /// Its name in a sentence, e.g. "Income Support".
    public let name: String
    /// Whether a person under the dependant age is exempt as the dependant of someone getting it.
    public let dependant: Bool
    /// The last day it gives exemption, if it ended.
    public let until: CalendarDate?
    /// Why it ended, and the reading taken, when it did.
    public let untilNote: String?
    /// The source of the end date, escaped for JSON once.
    let untilCitation: Citation?

    /// Makes the value from its parts.
    init(id: String, name: String, dependant: Bool, until: CalendarDate?, untilNote: String?, untilSource: String?) {
        self.id = id
        self.name = name
        self.dependant = dependant
        self.until = until
        self.untilNote = untilNote
        untilCitation = untilSource.map(Citation.init)
    }
}

/// Prescription-charge exemption rules of one scheme.
public final class PrescriptionPolicy: Sendable {
    /// The policy id.
    public let id: String
    /// A title.
    public let title: String
    /// The policy's source.
    public let source: String
    /// The source, escaped for JSON once (`Citation`).
    let citation: Citation
    /// Exempt before this age.
    public let underAge: Int
    /// Full-time education exempts from this age...
    public let educationFromAge: Int
    /// ...until the day before this age.
    public let educationUntilAge: Int
    /// Exempt from this age on.
    public let olderFromAge: Int
    /// The dependant of someone getting a qualifying benefit is exempt until the day before this age.
    public let dependantUnderAge: Int
    /// The qualifying benefits and certificates, in the rule book's order (the order results list them).
    public let benefits: [PrescriptionBenefit]
    /// The words a request gives for them (`benefits` and `dependantOfBenefits`): the rule book's ids.
    public let benefitWords: [String]
    /// The source of the benefit grounds, escaped for JSON once.
    let benefitsCitation: Citation
    /// Care leavers are exempt until the day before this age, if the scheme says so.
    public let careLeaverUntilAge: Int?
    /// The source of the care-leaver exemption.
    public let careLeaverSource: String?
    /// `careLeaverSource`, escaped for JSON once.
    let careLeaverCitation: Citation?
    /// Said when being a care leaver is not a ground under this policy (e.g. an announcement not in force).
    public let careLeaverNote: String?

    /// The id of the amounts table of charges (per item and prepayment certificates).
    public let charges: String
    /// The id of the amounts table of the HRT prepayment certificate (12 months, HRT items only), if
    /// the rule book has one.
    public let hrtCharges: String?

    /// Makes the value from its parts.
    init(id: String, title: String, source: String, charges: String, hrtCharges: String? = nil, underAge: Int, educationFromAge: Int, educationUntilAge: Int, olderFromAge: Int,
         dependantUnderAge: Int, benefits: [PrescriptionBenefit], benefitsSource: String,
         careLeaverUntilAge: Int?, careLeaverSource: String?, careLeaverNote: String?) {
        self.id = id
        self.title = title
        self.source = source
        citation = Citation(source)
        self.charges = charges
        self.hrtCharges = hrtCharges
        self.underAge = underAge
        self.educationFromAge = educationFromAge
        self.educationUntilAge = educationUntilAge
        self.olderFromAge = olderFromAge
        self.dependantUnderAge = dependantUnderAge
        self.benefits = benefits
        benefitWords = benefits.map(\.id)
        benefitsCitation = Citation(benefitsSource)
        self.careLeaverUntilAge = careLeaverUntilAge
        self.careLeaverSource = careLeaverSource
        careLeaverCitation = careLeaverSource.map(Citation.init)
        self.careLeaverNote = careLeaverNote
    }
}

extension PrescriptionPolicy {
    /// A ground of exemption in words for people, its ages from the policy and a benefit's name from
    /// the rule book: "aged under 16", "aged 16 to 18 and in full-time education", "Income Support".
    public func words(forGround ground: String) -> String {
        switch ground {
        case "under-16": return "aged under \(underAge)"
        case "full-time-education": return "aged \(educationFromAge) to \(educationUntilAge - 1) and in full-time education"
        case "aged-60-or-over": return "aged \(olderFromAge) or over"
        case PrescriptionExemption.dependantGround:
            return "under \(dependantUnderAge) and the dependant of someone getting a qualifying benefit"
        case "care-leaver": return "a care leaver"
        case "nhs-inpatient": return "an NHS inpatient"
        default: return benefits.first { $0.id == ground }?.name ?? ground.replacingOccurrences(of: "-", with: " ")
        }
    }

    /// Checks the words a request gives in `field` against the rule book's benefits: each must be one
    /// of them (the error names the element, suggests the nearest word and lists every one).
    func check(_ words: [String], field: String) throws(CalculationError) {
        for (index, word) in words.enumerated() where !benefitWords.contains(word) {
            let nearest = word.unicodeScalars.count <= 64 ? EditDistance.nearest(to: word, in: benefitWords) : nil
            let suggestion = nearest.map { "did you mean \"\($0)\"? " } ?? ""
            throw .invalid(field: "\(field)/\(index)",
                           message: "\"\(JSONField.clipped(word))\" is not accepted; \(suggestion)use one of: \(benefitWords.joined(separator: ", "))")
        }
    }

    /// Reads the qualifying benefits of a prescription-policies file: the words requests give, in
    /// the order results list them, each with its name and any end date. A word is lowercase letters,
    /// digits and hyphens, given once, and is not the name of another ground.
    static func decodePrescriptionBenefits(_ field: JSONField) throws(FieldError) -> [PrescriptionBenefit] {
        var benefits: [PrescriptionBenefit] = []
        for item in try field.array() {
            let object = try item.object(allowed: ["id", "name", "dependant", "until", "untilSource", "untilNote"])
            let until = try object.optional("until")?.date()
            let untilSource = try object.optional("untilSource")?.nonEmptyString()
            let untilNote = try object.optional("untilNote")?.nonEmptyString()
            if (until == nil) != (untilSource == nil) || (until == nil) != (untilNote == nil) {
                throw FieldError(path: JSONField.pointer(object.path, "until"), message: "give until, untilSource and untilNote together, or none of them")
            }
            let idField = try object.required("id")
            let id = try idField.nonEmptyString()
            if !Self.isWord(id) {
                throw idField.error("\"\(JSONField.clipped(id))\" is not a word a request can give: use lowercase letters and digits, then hyphens or plus signs too (e.g. income-support)")
            }
            if benefits.contains(where: { $0.id == id }) { throw idField.error("\(id) is given twice") }
            let otherGrounds = PrescriptionExemption.groundsBeforeBenefits + PrescriptionExemption.groundsAfterBenefits
            if otherGrounds.contains(id) { throw idField.error("\(id) is the name of another ground of exemption") }
            benefits.append(PrescriptionBenefit(
                id: id, name: try object.required("name").nonEmptyString(),
                dependant: try object.required("dependant").bool(), until: until, untilNote: untilNote, untilSource: untilSource))
        }
        if benefits.isEmpty { throw field.error("give at least one qualifying benefit") }
        return benefits
    }

    /// Whether `id` is a rule-book word: a lowercase letter or digit, then letters, digits, `-` or `+`
    /// (the rule-file schema's `id`).
    static func isWord(_ id: String) -> Bool {
        func letterOrDigit(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
        guard let first = id.utf8.first, letterOrDigit(first) else { return false }
        return id.utf8.dropFirst().allSatisfy { letterOrDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
    }

    /// Reads a prescription exemption policy, with the file's qualifying benefits.
    static func decodePrescriptionPolicy(_ field: JSONField, charges: String, hrtCharges: String?, benefits: [PrescriptionBenefit], benefitsSource: String) throws(FieldError) -> PrescriptionPolicy {
        let object = try field.object(allowed: RuleBook.policyKeys + ["underAge", "educationFromAge", "educationUntilAge", "olderFromAge", "dependantUnderAge", "careLeaverUntilAge", "careLeaverSource", "careLeaverNote"])
        let careLeaverUntilAge = try object.optional("careLeaverUntilAge").map { age throws(FieldError) in try RuleFileDecoding.age(age) }
        let careLeaverSource = try object.optional("careLeaverSource")?.nonEmptyString()
        if careLeaverUntilAge != nil, careLeaverSource == nil {
            throw FieldError(path: JSONField.pointer(object.path, "careLeaverSource"), message: "a care-leaver exemption needs its source")
        }
        return PrescriptionPolicy(
            id: try object.required("id").nonEmptyString(), title: try object.required("title").nonEmptyString(),
            source: try object.required("source").nonEmptyString(), charges: charges, hrtCharges: hrtCharges,
            underAge: try RuleFileDecoding.age(try object.required("underAge")),
            educationFromAge: try RuleFileDecoding.age(try object.required("educationFromAge")),
            educationUntilAge: try RuleFileDecoding.age(try object.required("educationUntilAge")),
            olderFromAge: try RuleFileDecoding.age(try object.required("olderFromAge")),
            dependantUnderAge: try RuleFileDecoding.age(try object.required("dependantUnderAge")),
            benefits: benefits, benefitsSource: benefitsSource,
            careLeaverUntilAge: careLeaverUntilAge, careLeaverSource: careLeaverSource,
            careLeaverNote: try object.optional("careLeaverNote")?.nonEmptyString())
    }
}

extension PrescriptionPolicy: RulePolicy {}

extension EntitlementKind {
    /// The prescription-charge exemption on a date.
    public static let prescriptionExemption = EntitlementKind(id: "prescriptionExemption", title: "Prescriptions")
}

/// The prescription exemption in the registry: `prescription-policies` files (their charges table,
/// optional HRT certificate table, qualifying benefits and policies), one `prescription` slot per scheme.
enum PrescriptionExemptionEntitlement: Entitlement {
    static let kind = EntitlementKind.prescriptionExemption
    static let ruleFileKind = "prescription-policies"
    static let fileKeys = ["charges", "hrtCharges", "benefitsSource", "benefits", "policies"]
    static let slots = ["prescription"]
    /// The fields the charges table must have.
    static let chargeFields = ["perItem", "prepayment3Month", "prepayment12Month"]
    /// The field the HRT certificate table must have.
    static let hrtChargeFields = ["prepayment12Month"]

    /// Reads the file's charges table id and benefits, then each policy with them.
    static func policies(in file: FieldObject) throws(FieldError) -> [(policy: PrescriptionPolicy, field: JSONField)] {
        let charges = try file.required("charges").nonEmptyString()
        let hrtCharges = try file.optional("hrtCharges")?.nonEmptyString()
        let benefits = try PrescriptionPolicy.decodePrescriptionBenefits(try file.required("benefits"))
        let benefitsSource = try file.required("benefitsSource").nonEmptyString()
        return try eachPolicy(in: file) { field throws(FieldError) in
            try PrescriptionPolicy.decodePrescriptionPolicy(field, charges: charges, hrtCharges: hrtCharges, benefits: benefits, benefitsSource: benefitsSource)
        }
    }

    /// The charges tables exist with the fields the exemption reads.
    static func check(_ policy: PrescriptionPolicy, at path: String, in book: RuleBookAssembler) throws(FieldError) {
        guard let table = book.amountTables[policy.charges]?.value else {
            throw FieldError(path: "/charges", message: "no amounts table \"\(policy.charges)\"")
        }
        for field in chargeFields where !table.fields.contains(field) {
            throw FieldError(path: "/charges", message: "prescription charges table \"\(policy.charges)\" needs the field \"\(field)\"")
        }
        guard let hrt = policy.hrtCharges else { return }
        guard let hrtTable = book.amountTables[hrt]?.value else {
            throw FieldError(path: "/hrtCharges", message: "no amounts table \"\(hrt)\"")
        }
        for field in hrtChargeFields where !hrtTable.fields.contains(field) {
            throw FieldError(path: "/hrtCharges", message: "HRT prepayment certificate table \"\(hrt)\" needs the field \"\(field)\"")
        }
    }
}

extension Scheme {
    /// The prescription exemption policy.
    public var prescription: PrescriptionPolicy { policy(PrescriptionExemptionEntitlement.self) }
}
