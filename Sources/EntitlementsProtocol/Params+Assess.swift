import Entitlements

extension Params {
    /// `assess` params (the scheme is read separately).
    static func assess(_ params: FieldObject) throws(FieldError) -> AssessRequest {
        let dateOfBirth = try params.required("dateOfBirth").date()
        let onField = try params.required("on")
        let on = try onField.date()
        guard let year = FinancialYear(containing: on).range else { throw onField.error("the financial year of \(on) is outside years 0001 to 9999") }
        let allowEstimated = try allowEstimated(params)
        let place = try place(params)
        let careLeaver = try params.optional("careLeaver")?.bool()
        let order = try params.optional("order")?.oneOf(KinshipOrder.allCases.map(\.rawValue))
        let arrangement = try params.optional("arrangement")?.oneOf(StayingArrangement.allCases.map(\.rawValue))
        var prescription = PrescriptionRequest(dateOfBirth: dateOfBirth, on: on)
        prescription.allowEstimated = allowEstimated
        try prescriptionFlags(params, into: &prescription)
        var apprenticeship: BursaryRequest?
        if let field = params.optional("apprenticeship") {
            let object = try field.object(allowed: ["start", "end"])
            let start = try object.required("start").date()
            let endField = try object.required("end")
            let end = try endField.date()
            if end < start { throw endField.error("\"end\" (\(end)) is before \"start\" (\(start))") }
            apprenticeship = BursaryRequest(dateOfBirth: dateOfBirth, start: start, end: end, careLeaver: careLeaver ?? false)
        }
        return AssessRequest(
            dateOfBirth: dateOfBirth, on: on, year: year, allowEstimated: allowEstimated, place: place, careLeaver: careLeaver,
            order: order.flatMap(KinshipOrder.init(rawValue:)) ?? .specialGuardianship,
            arrangement: arrangement.flatMap(StayingArrangement.init(rawValue:)) ?? .stayingPut,
            prescription: prescription, apprenticeship: apprenticeship,
            weeklyContribution: try money(params, "weeklyContribution"), weeklyRate: try money(params, "weeklyRate"))
    }
}
