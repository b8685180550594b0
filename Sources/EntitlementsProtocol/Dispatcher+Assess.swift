import Entitlements

extension Dispatcher {
    /// Everything for one person on a date: each entitlement for the financial year containing `on`
    /// (or on `on` itself for the grant and prescriptions).
    func assess(_ params: FieldObject, into out: inout JSONBytes) throws {
        let scheme = try engine.scheme(named: try CommonParams.scheme(params))
        try assess(try Params.assess(params), scheme: scheme, into: &out)
    }

    /// Writes the assessment of `request` under `scheme`. An entitlement that cannot be computed
    /// (a rate not published, say) is an entry with its error; an invalid request throws.
    func assess(_ request: AssessRequest, scheme: Scheme, into out: inout JSONBytes) throws(CalculationError) {
        var entries: [AssessEntry] = []
        entries.reserveCapacity(5)
        func entry(_ method: Method, _ request: EntitlementRequest) throws(CalculationError) {
            do {
                entries.append(AssessEntry(method: method, result: .success(try request.result(engine: engine, scheme: scheme))))
            } catch {
                if case .invalid = error { throw error }
                entries.append(AssessEntry(method: method, result: .failure(error)))
            }
        }
        try entry(.kinshipAllowance, .kinship(request.kinship))
        try entry(.leavingCareGrant, .grant(request.grant))
        if let apprenticeship = request.apprenticeship { try entry(.apprenticeshipBursary, .bursary(apprenticeship)) }
        try entry(.stayingPutFunding, .stayingPut(request.stayingPut))
        try entry(.prescriptionExemption, .prescription(request.prescription))

        var explanation = Explanation()
        explanation.eligible = entries.contains { (try? $0.result.get())?.explanation.eligible == true }
        let encoder = self.encoder(scheme)
        out.openObject()
        out.key("eligible"); out.bool(explanation.eligible)
        encoder.engine(into: &out)
        out.key("entitlements")
        out.openArray()
        for entry in entries {
            let method = entry.method
            switch entry.result {
            case .success(let result):
                encoder.write(result, method: method.rawValue, into: &out)
            case .failure(let error):
                out.openObject()
                out.key("error")
                RPCError.from(error, prefix: "/params").write(into: &out)
                out.key("method")
                out.string(method.rawValue)
                out.closeObject()
            }
        }
        out.closeArray()
        encoder.estimated(explanation, into: &out)
        out.key("on"); out.date(request.on)
        encoder.reasons(explanation, into: &out)
        encoder.rulebookAndScheme(into: &out)
        out.closeObject()
    }
}

/// One entitlement of an assessment: its result, or why it could not be computed.
struct AssessEntry {
    let method: Method
    let result: Result<EntitlementResult, CalculationError>
}

extension JSONValue {
    /// The members of an object, or nil.
    var members: [JSONMember]? {
        if case .object(let members) = self { return members }
        return nil
    }
}
