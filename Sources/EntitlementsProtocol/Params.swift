import Entitlements

/// Reads each method's params into the engine's typed requests; every fault names its JSON pointer.
enum Params {
    /// Params every method accepts.
    static let common = ["scheme", "allowEstimated"]
    /// Params that place a carer.
    static let place = ["region", "localAuthority"]
    /// The prescription flags.
    static let prescriptionFlags = ["careLeaver", "fullTimeEducation", "maternityExemption", "medicalExemption",
                                    "warPensionExemption", "nhsInpatient", "benefits", "itemsPerMonth"]

    /// The params each method accepts.
    static func allowed(_ method: Method) -> [String] {
        switch method {
        case .kinshipAllowance:
            return common + place + ["dateOfBirth", "from", "to", "order", "schedule", "alreadyPaid"]
        case .leavingCareGrant:
            return common + ["on", "dateOfBirth", "careLeaver", "alreadyPaid"]
        case .apprenticeshipBursary:
            return common + ["dateOfBirth", "start", "end", "careLeaver"]
        case .stayingPutFunding:
            return common + place + ["dateOfBirth", "from", "to", "arrangement", "weeklyContribution", "weeklyRate",
                                     "schedule", "alreadyPaid"]
        case .prescriptionExemption:
            return common + ["dateOfBirth", "on"] + prescriptionFlags
        case .assess:
            return common + place + ["dateOfBirth", "on", "order", "arrangement", "apprenticeship", "weeklyContribution",
                                     "weeklyRate"] + prescriptionFlags
        case .compare:
            return ["method", "params", "schemes"]
        case .rulesDescribe:
            return []
        }
    }

    /// The scheme id named, if any.
    static func scheme(_ params: FieldObject) throws(FieldError) -> String? {
        try params.optional("scheme")?.nonEmptyString()
    }

    /// Whether estimated values are allowed.
    static func allowEstimated(_ params: FieldObject) throws(FieldError) -> Bool {
        try params.optional("allowEstimated")?.bool() ?? false
    }

    /// `from` and `to`, with `to` not before `from`.
    static func period(_ params: FieldObject) throws(FieldError) -> DateRange {
        let from = try params.required("from").date()
        let toField = try params.required("to")
        let to = try toField.date()
        guard let range = DateRange(from: from, to: to) else {
            throw toField.error("\"to\" (\(to)) is before \"from\" (\(from)); the period runs from \"from\" to \"to\", both included")
        }
        return range
    }

    /// The longest `localAuthority` read, in characters: refused before the search for similar
    /// council names, whose cost grows with the text's length.
    static let maxLocalAuthorityLength = CouncilDirectory.longestName

    /// `region` and/or `localAuthority`.
    static func place(_ params: FieldObject) throws(FieldError) -> Place {
        let region = try params.optional("region")?.string()
        var localAuthority: String?
        if let field = params.optional("localAuthority") {
            let text = try field.nonEmptyString()
            let length = text.unicodeScalars.count
            if length > maxLocalAuthorityLength {
                throw field.error("unknown council \"\(JSONField.clipped(text))\" (\(length) characters); council codes and names "
                                  + "are at most \(maxLocalAuthorityLength) characters: give a council code such as E09000007 or a council name")
            }
            localAuthority = text
        }
        return Place(region: region, localAuthority: localAuthority)
    }

    /// An optional schedule; the anchor defaults to `defaultAnchor`.
    static func schedule(_ params: FieldObject, defaultAnchor: CalendarDate) throws(FieldError) -> Schedule? {
        guard let field = params.optional("schedule") else { return nil }
        let object = try field.object(allowed: ["frequency", "anchor"])
        let frequency = PaymentFrequency(rawValue: try object.required("frequency").oneOf(PaymentFrequency.allCases.map(\.rawValue)))
        let anchor = try object.optional("anchor")?.date() ?? defaultAnchor
        return Schedule(frequency: frequency ?? .weekly, anchor: anchor)
    }

    /// Optional input money.
    static func money(_ params: FieldObject, _ key: String) throws(FieldError) -> Money? {
        try params.optional(key)?.money()
    }

    /// The params of an entitlement method; nil for the other methods.
    static func request(_ method: Method, _ params: FieldObject) throws(FieldError) -> EntitlementRequest? {
        switch method {
        case .kinshipAllowance: return .kinship(try kinship(params))
        case .leavingCareGrant: return .grant(try grant(params))
        case .apprenticeshipBursary: return .bursary(try bursary(params))
        case .stayingPutFunding: return .stayingPut(try stayingPut(params))
        case .prescriptionExemption: return .prescription(try prescription(params))
        case .assess, .compare, .rulesDescribe: return nil
        }
    }

    /// Kinship allowance params.
    static func kinship(_ params: FieldObject) throws(FieldError) -> KinshipRequest {
        let period = try period(params)
        let order = try params.optional("order")?.oneOf(KinshipOrder.allCases.map(\.rawValue))
        return KinshipRequest(
            dateOfBirth: try params.required("dateOfBirth").date(), period: period, place: try place(params),
            order: order.flatMap(KinshipOrder.init(rawValue:)) ?? .specialGuardianship,
            schedule: try schedule(params, defaultAnchor: period.from), alreadyPaid: try money(params, "alreadyPaid"),
            allowEstimated: try allowEstimated(params))
    }

    /// Leaving-care grant params.
    static func grant(_ params: FieldObject) throws(FieldError) -> GrantRequest {
        GrantRequest(on: try params.required("on").date(), dateOfBirth: try params.optional("dateOfBirth")?.date(),
                     careLeaver: try params.optional("careLeaver")?.bool() ?? true,
                     alreadyPaid: try money(params, "alreadyPaid"), allowEstimated: try allowEstimated(params))
    }

    /// Apprenticeship bursary params.
    static func bursary(_ params: FieldObject) throws(FieldError) -> BursaryRequest {
        // Every method accepts `allowEstimated`; the bursary has no estimated values, but a value of
        // the wrong type is still an error rather than ignored.
        _ = try allowEstimated(params)
        let start = try params.required("start").date()
        let endField = try params.required("end")
        let end = try endField.date()
        if end < start { throw endField.error("\"end\" (\(end)) is before \"start\" (\(start))") }
        return BursaryRequest(dateOfBirth: try params.required("dateOfBirth").date(), start: start, end: end,
                              careLeaver: try params.optional("careLeaver")?.bool() ?? true)
    }

    /// Staying Put or Staying Close params.
    static func stayingPut(_ params: FieldObject) throws(FieldError) -> StayingPutRequest {
        let period = try period(params)
        let arrangement = try params.optional("arrangement")?.oneOf(StayingArrangement.allCases.map(\.rawValue))
        return StayingPutRequest(
            dateOfBirth: try params.required("dateOfBirth").date(), period: period, place: try place(params),
            arrangement: arrangement.flatMap(StayingArrangement.init(rawValue:)) ?? .stayingPut,
            weeklyContribution: try money(params, "weeklyContribution"), weeklyRate: try money(params, "weeklyRate"),
            schedule: try schedule(params, defaultAnchor: period.from), alreadyPaid: try money(params, "alreadyPaid"),
            allowEstimated: try allowEstimated(params))
    }

    /// Prescription exemption params.
    static func prescription(_ params: FieldObject) throws(FieldError) -> PrescriptionRequest {
        var request = PrescriptionRequest(dateOfBirth: try params.required("dateOfBirth").date(), on: try params.required("on").date())
        try prescriptionFlags(params, into: &request)
        // Estimated charges are used only when the request allows them.
        request.allowEstimated = try allowEstimated(params)
        return request
    }

    /// The prescription flags, benefits and items per month.
    static func prescriptionFlags(_ params: FieldObject, into request: inout PrescriptionRequest) throws(FieldError) {
        func flag(_ key: String) throws(FieldError) -> Bool { try params.optional(key)?.bool() ?? false }
        request.careLeaver = try flag("careLeaver")
        request.fullTimeEducation = try flag("fullTimeEducation")
        request.maternityExemption = try flag("maternityExemption")
        request.medicalExemption = try flag("medicalExemption")
        request.warPensionExemption = try flag("warPensionExemption")
        request.nhsInpatient = try flag("nhsInpatient")
        var benefits: [String] = []
        for field in try params.optional("benefits")?.array() ?? [] {
            let benefit = try field.oneOf(PrescriptionExemption.benefits)
            if benefits.contains(benefit) { throw field.error("\"\(benefit)\" is listed twice") }
            benefits.append(benefit)
        }
        request.benefits = benefits
        request.itemsPerMonth = try params.optional("itemsPerMonth")?.integer(in: 0...1000)
    }
}
