/// One entitlement under two schemes, with the difference (second minus first).
public struct Comparison: Sendable, Equatable {
    /// The result under one scheme.
    public struct Side: Sendable, Equatable {
        /// The scheme.
        public let scheme: Scheme
        /// The result under it.
        public let result: EntitlementResult

        /// Equal when the schemes are the same and the results equal.
        public static func == (a: Side, b: Side) -> Bool { a.scheme === b.scheme && a.result == b.result }
    }

    /// How eligibility changes from the first scheme to the second.
    public enum EligibilityChange: Sendable, Equatable {
        /// Eligible under both, or under neither.
        case unchanged
        /// Eligible under the second only.
        case gained
        /// Eligible under the first only.
        case lost
    }

    /// The entitlement compared.
    public let kind: EntitlementKind
    /// The result under the first scheme.
    public let first: Side
    /// The result under the second scheme.
    public let second: Side

    /// Second minus first for each money figure both results have (nil where either lacks it or
    /// the difference is too large to compute exactly).
    public var difference: MoneyFigures {
        let before = first.result.figures, after = second.result.figures
        func change(_ figure: KeyPath<MoneyFigures, Money?>) -> Money? {
            guard let a = before[keyPath: figure], let b = after[keyPath: figure] else { return nil }
            return try? b.subtracting(a)
        }
        return MoneyFigures(amount: change(\.amount), annualSaving: change(\.annualSaving), balance: change(\.balance),
                            remaining: change(\.remaining), total: change(\.total))
    }

    /// How eligibility changes from the first scheme to the second.
    public var eligibility: EligibilityChange {
        let had = first.result.explanation.eligible, gained = second.result.explanation.eligible
        return had == gained ? .unchanged : (gained ? .gained : .lost)
    }
}

extension Engine {
    /// `request` under two schemes, with the difference.
    public func compare(_ request: EntitlementRequest, schemes: (Scheme, Scheme)) throws(CalculationError) -> Comparison {
        let first = Comparison.Side(scheme: schemes.0, result: try request.result(engine: self, scheme: schemes.0))
        let second = Comparison.Side(scheme: schemes.1, result: try request.result(engine: self, scheme: schemes.1))
        return Comparison(kind: request.kind, first: first, second: second)
    }

    /// `request` under the two schemes with these ids, with the difference; each scheme is looked
    /// up just before its result is computed, so the first error met is the one thrown.
    public func compare(_ request: EntitlementRequest, schemeIDs: (String, String)) throws(CalculationError) -> Comparison {
        let firstScheme = try scheme(named: schemeIDs.0)
        let first = Comparison.Side(scheme: firstScheme, result: try request.result(engine: self, scheme: firstScheme))
        let secondScheme = try scheme(named: schemeIDs.1)
        let second = Comparison.Side(scheme: secondScheme, result: try request.result(engine: self, scheme: secondScheme))
        return Comparison(kind: request.kind, first: first, second: second)
    }
}
