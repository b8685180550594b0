import Entitlements

extension Dispatcher {
    /// Everything for one person on a date: each entitlement for the financial year containing `on`
    /// (or on `on` itself for the grant and prescriptions).
    func assess(_ params: FieldObject) throws -> JSONValue {
        let scheme = try engine.scheme(named: try Params.scheme(params))
        let json = ResultJSON(ruleBook: engine.ruleBook, scheme: scheme.id)
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
        try Params.prescriptionFlags(params, into: &prescription)
        var apprenticeship: BursaryRequest?
        if let field = params.optional("apprenticeship") {
            let object = try field.object(allowed: ["start", "end"])
            let start = try object.required("start").date()
            let endField = try object.required("end")
            let end = try endField.date()
            if end < start { throw endField.error("\"end\" (\(end)) is before \"start\" (\(start))") }
            apprenticeship = BursaryRequest(dateOfBirth: dateOfBirth, start: start, end: end, careLeaver: careLeaver ?? true)
        }

        var entries: [JSONValue] = []
        var eligible = false
        func entry(_ method: Method, _ compute: () throws -> JSONValue) throws {
            do {
                let result = try compute()
                if result["eligible"] == .bool(true) { eligible = true }
                entries.append(.object([JSONMember("method", .string(method.rawValue))] + (result.members ?? [])))
            } catch let error as CalculationError {
                if case .invalid = error { throw error }
                let rpc = RPCError.from(error, prefix: "/params")
                entries.append(.object(["method": .string(method.rawValue), "error": rpc.json]))
            }
        }
        try entry(.kinshipAllowance) {
            json.allowance(try engine.kinshipAllowance(KinshipRequest(
                dateOfBirth: dateOfBirth, period: year, place: place,
                order: order.flatMap(KinshipOrder.init(rawValue:)) ?? .specialGuardianship, allowEstimated: allowEstimated), scheme: scheme))
        }
        try entry(.leavingCareGrant) {
            json.grant(try engine.leavingCareGrant(GrantRequest(on: on, dateOfBirth: dateOfBirth, careLeaver: careLeaver ?? true,
                                                                allowEstimated: allowEstimated), scheme: scheme))
        }
        if let apprenticeship {
            try entry(.apprenticeshipBursary) { json.bursary(try engine.apprenticeshipBursary(apprenticeship, scheme: scheme)) }
        }
        try entry(.stayingPutFunding) {
            json.allowance(try engine.stayingPutFunding(StayingPutRequest(
                dateOfBirth: dateOfBirth, period: year, place: place,
                arrangement: arrangement.flatMap(StayingArrangement.init(rawValue:)) ?? .stayingPut,
                weeklyContribution: try Params.money(params, "weeklyContribution"),
                weeklyRate: try Params.money(params, "weeklyRate"), allowEstimated: allowEstimated), scheme: scheme))
        }
        try entry(.prescriptionExemption) { json.prescription(try engine.prescriptionExemption(prescription, scheme: scheme)) }

        var explanation = Explanation()
        explanation.eligible = eligible
        return .object(json.common(explanation) + [JSONMember("on", .string(on.isoText)), JSONMember("entitlements", .array(entries))])
    }
}

extension JSONValue {
    /// The members of an object, or nil.
    var members: [JSONMember]? {
        if case .object(let members) = self { return members }
        return nil
    }
}
