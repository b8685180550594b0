import Entitlements

extension Dispatcher {
    /// One entitlement under two schemes, with the difference (second minus first).
    func compare(_ params: FieldObject, into out: inout JSONBytes) throws {
        let methodField = try params.required("method")
        let method = Method(rawValue: try methodField.oneOf(Method.entitlements.map(\.rawValue))) ?? .kinshipAllowance
        let inner = try params.required("params")
        let innerObject = try inner.object(allowed: Params.allowed(method))
        if let scheme = innerObject.optional("scheme") {
            throw scheme.error("compare sets the schemes in \"schemes\"; remove \"scheme\" from the compared params")
        }
        var schemes = CompareMethod.defaultSchemes
        if let field = params.optional("schemes") {
            let elements = try field.array()
            guard elements.count == 2 else { throw field.error("give exactly two scheme names, e.g. [\"england-statutory\", \"review-2022\"]") }
            schemes = []
            for element in elements {
                let id = try element.nonEmptyString()
                guard engine.ruleBook.scheme(id) != nil else {
                    throw element.error("unknown scheme \"\(id)\"; use one of: \(engine.ruleBook.schemes.map(\.id).joined(separator: ", "))")
                }
                schemes.append(id)
            }
        }
        let request = try Self.entitlement(method, innerObject)
        var results: [(Scheme, EntitlementResult)] = []
        for id in schemes {
            do {
                let scheme = try engine.scheme(named: id)
                results.append((scheme, try request.result(engine: engine, scheme: scheme)))
            } catch {
                throw RPCError.from(error, prefix: inner.path)
            }
        }
        writeComparison(method, results, into: &out)
    }

    /// Writes the comparison of two results of `method`.
    func writeComparison(_ method: Method, _ results: [(Scheme, EntitlementResult)], into out: inout JSONBytes) {
        out.openObject()
        out.key("difference")
        Self.difference(results[0].1, results[1].1, into: &out)
        out.key("method")
        out.string(method.rawValue)
        out.key("results")
        out.openArray()
        for (scheme, result) in results {
            encoder(scheme).write(result, into: &out)
        }
        out.closeArray()
        out.closeObject()
    }

    /// Second minus first for each money figure both results have, and the change in eligibility.
    static func difference(_ first: EntitlementResult, _ second: EntitlementResult, into out: inout JSONBytes) {
        let before = first.money, after = second.money
        func figure(_ key: StaticString) {
            guard let a = before["\(key)"], let b = after["\(key)"], let change = try? b.subtracting(a) else { return }
            out.key(key)
            out.money(change)
        }
        out.openObject()
        figure("amount")
        figure("annualSaving")
        figure("balance")
        let gained = second.explanation.eligible, had = first.explanation.eligible
        out.key("eligible")
        out.string(had == gained ? "unchanged" : (gained ? "gained" : "lost"))
        figure("remaining")
        figure("total")
        out.closeObject()
    }
}
