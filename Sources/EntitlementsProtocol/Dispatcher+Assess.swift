import Entitlements

extension Dispatcher {
    /// Everything that can apply to one person on a date: each entitlement for the financial year
    /// containing `on` (or on `on` itself for the grant and prescriptions), with its status.
    func assess(_ params: FieldObject) throws -> Assessment {
        let scheme = try engine.scheme(named: try CommonParams.scheme(params))
        return try engine.assess(try Params.assess(params), scheme: scheme)
    }

    /// Writes an assessment: each entry is its result with `method`, `status` and `nextDue`
    /// members, or its error; then the entitlements that cannot apply, with the reason.
    func write(_ assessment: Assessment, into out: inout JSONBytes) {
        let encoder = self.encoder(assessment.scheme)
        out.openObject()
        out.key("eligible"); out.bool(assessment.eligible)
        encoder.engine(into: &out)
        out.key("entitlements")
        out.openArray()
        for entry in assessment.entries {
            let method = Method.name(computing: entry.kind)
            switch entry.outcome {
            case .success(let result):
                encoder.write(result, entry: EntryMembers(method: method, status: entry.status, nextDue: entry.nextDue),
                              into: &out)
            case .failure(let error):
                out.openObject()
                out.key("error")
                RPCError.from(error, prefix: "/params").write(into: &out)
                out.key("method")
                out.string(method)
                out.closeObject()
            }
        }
        out.closeArray()
        let none = Explanation()
        encoder.estimated(none, into: &out)
        out.key("notApplicable")
        out.openArray()
        for left in assessment.notApplicable {
            out.openObject()
            out.key("method"); out.string(Method.name(computing: left.kind))
            out.key("reason"); out.string(left.reason)
            out.closeObject()
        }
        out.closeArray()
        out.key("on"); out.date(assessment.on)
        encoder.reasons(none, into: &out)
        encoder.rulebookAndScheme(into: &out)
        out.closeObject()
    }
}

/// The members an `assess` entry adds to its entitlement's result, each written in key order.
struct EntryMembers {
    /// The entitlement's method, e.g. `leavingCare.grant`.
    let method: String
    /// Its status on the date assessed.
    let status: AssessmentStatus?
    /// The next date something falls due, if any.
    let nextDue: CalendarDate?

    /// `method` and `nextDue` (keys that sort together, after `lines` and before `payments`).
    func head(into out: inout JSONBytes) {
        out.key("method"); out.string(method)
        if let nextDue { out.key("nextDue"); out.date(nextDue) }
    }

    /// `status` (after `scheme`, before `total`).
    func tail(into out: inout JSONBytes) {
        if let status { out.key("status"); out.string(status.rawValue) }
    }
}

extension JSONValue {
    /// The members of an object, or nil.
    var members: [JSONMember]? {
        if case .object(let members) = self { return members }
        return nil
    }
}
