/// Everything one person is entitled to on a date: each entitlement's result under one scheme, or
/// why it could not be computed.
public struct Assessment: Sendable, Equatable {
    /// One entitlement of an assessment: its result, or why it could not be computed.
    public struct Entry: Sendable, Equatable {
        /// The entitlement.
        public let kind: EntitlementKind
        /// Its result, or why it could not be computed (a rate not published, say).
        public let outcome: Result<EntitlementResult, CalculationError>
    }

    /// The date assessed.
    public let on: CalendarDate
    /// The scheme every entry is computed under.
    public let scheme: Scheme
    /// The entitlements, in the order of `AssessRequest.entitlements`.
    public let entries: [Entry]

    /// Whether at least one entitlement was computed and is due.
    public var eligible: Bool {
        entries.contains { entry in
            if case .success(let result) = entry.outcome { return result.explanation.eligible }
            return false
        }
    }

    /// Equal when assessed on the same date under the same scheme with the same entries.
    public static func == (a: Assessment, b: Assessment) -> Bool {
        a.on == b.on && a.scheme === b.scheme && a.entries == b.entries
    }
}

extension Engine {
    /// Each entitlement of `request` under `scheme`. An entitlement that cannot be computed is an
    /// entry with its error; an invalid request throws.
    public func assess(_ request: AssessRequest, scheme: Scheme) throws(CalculationError) -> Assessment {
        var entries: [Assessment.Entry] = []
        entries.reserveCapacity(5)
        for entitlement in request.entitlements {
            do {
                entries.append(Assessment.Entry(kind: entitlement.kind, outcome: .success(try entitlement.result(engine: self, scheme: scheme))))
            } catch {
                if case .invalid = error { throw error }
                entries.append(Assessment.Entry(kind: entitlement.kind, outcome: .failure(error)))
            }
        }
        return Assessment(on: request.on, scheme: scheme, entries: entries)
    }
}
