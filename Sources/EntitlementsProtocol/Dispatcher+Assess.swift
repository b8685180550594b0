import Entitlements

extension Dispatcher {
    /// Everything for one person on a date: each entitlement for the financial year containing `on`
    /// (or on `on` itself for the grant and prescriptions).
    func assess(_ params: FieldObject) throws -> Assessment {
        let scheme = try engine.scheme(named: try CommonParams.scheme(params))
        return try engine.assess(try Params.assess(params), scheme: scheme)
    }

    /// Writes an assessment: each entry is its result with a `method` member, or its error.
    func write(_ assessment: Assessment, into out: inout JSONBytes) {
        let encoder = self.encoder(assessment.scheme)
        out.openObject()
        out.key("eligible"); out.bool(assessment.eligible)
        encoder.engine(into: &out)
        out.key("entitlements")
        out.openArray()
        for entry in assessment.entries {
            let method = Method(entry.kind)
            switch entry.outcome {
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
        let none = Explanation()
        encoder.estimated(none, into: &out)
        out.key("on"); out.date(assessment.on)
        encoder.reasons(none, into: &out)
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
