import Entitlements

extension Dispatcher {
    /// The schemes compared when a request names none.
    static let defaultComparison = ["england-statutory", "review-2022"]

    /// One entitlement under two schemes, with the difference (second minus first).
    func compare(_ params: FieldObject) throws -> JSONValue {
        let methodField = try params.required("method")
        let method = Method(rawValue: try methodField.oneOf(Method.entitlements.map(\.rawValue))) ?? .kinshipAllowance
        let inner = try params.required("params")
        let innerObject = try inner.object(allowed: Params.allowed(method))
        if let scheme = innerObject.optional("scheme") {
            throw scheme.error("compare sets the schemes in \"schemes\"; remove \"scheme\" from the compared params")
        }
        var schemes = Self.defaultComparison
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
        var results: [JSONValue] = []
        for scheme in schemes {
            do {
                results.append(try entitlement(method, innerObject, scheme: scheme))
            } catch let error as CalculationError {
                throw RPCError.from(error, prefix: inner.path)
            }
        }
        return .object([
            JSONMember("method", .string(method.rawValue)),
            JSONMember("results", .array(results)),
            JSONMember("difference", Self.difference(results[0], results[1])),
        ])
    }

    /// Second minus first for each money figure both results have, and the change in eligibility.
    static func difference(_ first: JSONValue, _ second: JSONValue) -> JSONValue {
        var members: [JSONMember] = []
        for key in ["total", "amount", "remaining", "balance", "annualSaving"] {
            if case .string(let a)? = first[key], case .string(let b)? = second[key],
               let x = try? Money(parsing: a), let y = try? Money(parsing: b), let change = try? y.subtracting(x) {
                members.append(JSONMember(key, .string(change.decimalText)))
            }
        }
        let before = first["eligible"] == .bool(true)
        let after = second["eligible"] == .bool(true)
        members.append(JSONMember("eligible", .string(before == after ? "unchanged" : (after ? "gained" : "lost"))))
        return .object(members)
    }
}
