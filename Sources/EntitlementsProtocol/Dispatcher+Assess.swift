import Entitlements

extension Dispatcher {
    /// Everything for one person on a date: each entitlement for the financial year containing `on`
    /// (or on `on` itself for the grant and prescriptions).
    func assess(_ params: FieldObject, into out: inout JSONBytes) throws {
        let scheme = try engine.scheme(named: try Params.scheme(params))
        let encoder = ResultEncoder(ruleBook: engine.ruleBook, scheme: scheme.id)
        let dateOfBirth = try params.required("dateOfBirth").date()
        let onField = try params.required("on")
        let on = try onField.date()
        guard let year = FinancialYear(containing: on).range else { throw onField.error("the financial year of \(on) is outside years 0001 to 9999") }
        let allowEstimated = try Params.allowEstimated(params)
        let place = try Params.place(params)
        let careLeaver = try params.optional("careLeaver")?.bool()
        let order = try params.optional("order")?.oneOf(KinshipOrder.allCases.map(\.rawValue))
        let arrangement = try params.optional("arrangement")?.oneOf(StayingArrangement.allCases.map(\.rawValue))
        var prescription = PrescriptionRequest(dateOfBirth: dateOfBirth, on: on)
        prescription.allowEstimated = allowEstimated
        try Params.prescriptionFlags(params, into: &prescription)
        var apprenticeship: BursaryRequest?
        if let field = params.optional("apprenticeship") {
            let object = try field.object(allowed: ["start", "end"])
            let start = try object.required("start").date()
            let endField = try object.required("end")
            let end = try endField.date()
            if end < start { throw endField.error("\"end\" (\(end)) is before \"start\" (\(start))") }
            apprenticeship = BursaryRequest(dateOfBirth: dateOfBirth, start: start, end: end, careLeaver: careLeaver ?? false)
        }

        var entries = JSONBytes()
        entries.openArray()
        var eligible = false
        func entry(_ method: Method, _ compute: () throws -> EntitlementResult) throws {
            do {
                let result = try compute()
                if result.explanation.eligible { eligible = true }
                encoder.write(result, method: method.rawValue, into: &entries)
            } catch let error as CalculationError {
                if case .invalid = error { throw error }
                entries.openObject()
                entries.key("error")
                entries.value(RPCError.from(error, prefix: "/params").json)
                entries.key("method")
                entries.string(method.rawValue)
                entries.closeObject()
            }
        }
        try entry(.kinshipAllowance) {
            .allowance(try engine.kinshipAllowance(KinshipRequest(
                dateOfBirth: dateOfBirth, period: year, place: place,
                order: order.flatMap(KinshipOrder.init(rawValue:)) ?? .specialGuardianship, allowEstimated: allowEstimated), scheme: scheme))
        }
        try entry(.leavingCareGrant) {
            .grant(try engine.leavingCareGrant(GrantRequest(on: on, dateOfBirth: dateOfBirth, careLeaver: careLeaver ?? false,
                                                            allowEstimated: allowEstimated), scheme: scheme))
        }
        if let apprenticeship {
            try entry(.apprenticeshipBursary) { .bursary(try engine.apprenticeshipBursary(apprenticeship, scheme: scheme)) }
        }
        try entry(.stayingPutFunding) {
            .allowance(try engine.stayingPutFunding(StayingPutRequest(
                dateOfBirth: dateOfBirth, period: year, place: place,
                arrangement: arrangement.flatMap(StayingArrangement.init(rawValue:)) ?? .stayingPut,
                weeklyContribution: try Params.money(params, "weeklyContribution"),
                weeklyRate: try Params.money(params, "weeklyRate"), allowEstimated: allowEstimated), scheme: scheme))
        }
        try entry(.prescriptionExemption) { .prescription(try engine.prescriptionExemption(prescription, scheme: scheme)) }
        entries.closeArray()

        var explanation = Explanation()
        explanation.eligible = eligible
        out.openObject()
        out.key("eligible"); out.bool(eligible)
        out.key("engine"); out.string(Engine.version)
        out.key("entitlements"); out.raw(entries.bytes)
        encoder.estimated(explanation, into: &out)
        out.key("on"); out.date(on)
        encoder.reasons(explanation, into: &out)
        encoder.rulebookAndScheme(into: &out)
        out.closeObject()
    }
}

extension JSONValue {
    /// The members of an object, or nil.
    var members: [JSONMember]? {
        if case .object(let members) = self { return members }
        return nil
    }
}
