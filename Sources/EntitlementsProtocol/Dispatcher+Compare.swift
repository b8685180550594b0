import Entitlements

extension Dispatcher {
    /// One entitlement under two schemes, with the difference (second minus first).
    func compare(_ params: FieldObject) throws -> Comparison {
        let methodField = try params.required("method")
        let method = Method(rawValue: try methodField.oneOf(Method.entitlements.map(\.rawValue))) ?? .kinshipAllowance
        let inner = try params.required("params")
        let innerObject = try inner.object(allowed: Params.allowed(method))
        if let scheme = innerObject.optional("scheme") {
            throw scheme.error("compare sets the schemes in \"schemes\"; remove \"scheme\" from the compared params")
        }
        let compared = engine.ruleBook.comparedSchemes
        var schemes = [compared.first.id, compared.second.id]
        if let field = params.optional("schemes") {
            let elements = try field.array()
            guard elements.count == 2 else { throw field.error("give exactly two scheme names, e.g. [\"england-statutory\", \"review-2022\"]") }
            schemes = []
            for element in elements {
                let id = try element.nonEmptyString()
                guard engine.ruleBook.scheme(id) != nil else {
                    throw element.error("unknown scheme \"\(JSONField.clipped(id))\"; use one of: \(engine.ruleBook.schemes.map(\.id).joined(separator: ", "))")
                }
                schemes.append(id)
            }
        }
        let request = try Self.entitlement(method, innerObject)
        do {
            return try engine.compare(request, schemeIDs: (schemes[0], schemes[1]))
        } catch {
            throw RPCError.from(error, prefix: inner.path)
        }
    }

    /// Writes a comparison: the difference, the method and both results.
    func write(_ comparison: Comparison, into out: inout JSONBytes) {
        out.openObject()
        out.key("difference")
        Self.write(comparison.difference, eligibility: comparison.eligibility, into: &out)
        out.key("method")
        out.string(Method.name(computing: comparison.kind))
        out.key("results")
        out.openArray()
        for side in [comparison.first, comparison.second] {
            encoder(side.scheme).write(side.result, into: &out)
        }
        out.closeArray()
        out.closeObject()
    }

    /// The difference object: each money figure there is, and the change in eligibility, keys in order.
    static func write(_ difference: MoneyFigures, eligibility: Comparison.EligibilityChange, into out: inout JSONBytes) {
        func figure(_ key: StaticString, _ change: Money?) {
            guard let change else { return }
            out.key(key)
            out.money(change)
        }
        out.openObject()
        figure("amount", difference.amount)
        figure("annualSaving", difference.annualSaving)
        figure("balance", difference.balance)
        out.key("eligible")
        switch eligibility {
        case .unchanged: out.string("unchanged")
        case .gained: out.string("gained")
        case .lost: out.string("lost")
        }
        figure("remaining", difference.remaining)
        figure("total", difference.total)
        out.closeObject()
    }
}
