/// Everything one person is entitled to on a date: each entitlement that can apply to them under
/// one scheme, with its status on the date, or why it could not be computed; and the
/// entitlements that cannot apply, with the reason.
public struct Assessment: Sendable, Equatable {
    /// One entitlement of an assessment: its result and status, or why it could not be computed.
    public struct Entry: Sendable, Equatable {
        /// The entitlement.
        public let kind: EntitlementKind
        /// Its result, or why it could not be computed (a rate not published, say).
        public let outcome: Result<EntitlementResult, CalculationError>
        /// Where it stands on the date (nil when it could not be computed).
        public let status: AssessmentStatus?
        /// The next date something falls due, where there is one.
        public let nextDue: CalendarDate?
    }

    /// The date assessed.
    public let on: CalendarDate
    /// The scheme every entry is computed under.
    public let scheme: Scheme
    /// Whether the person was assessed as a care leaver (else as a child in kinship care).
    public let careLeaver: Bool
    /// The entitlements that can apply, in the order of `AssessRequest.entitlements`.
    public let entries: [Entry]
    /// The entitlements that cannot apply to this person, with the reason.
    public let notApplicable: [NotApplicable]

    /// Whether at least one entitlement was computed and is due.
    public var eligible: Bool {
        entries.contains { entry in
            if case .success(let result) = entry.outcome { return result.explanation.eligible }
            return false
        }
    }

    /// Equal when assessed on the same date under the same scheme with the same entries.
    public static func == (a: Assessment, b: Assessment) -> Bool {
        a.on == b.on && a.scheme === b.scheme && a.careLeaver == b.careLeaver && a.entries == b.entries
            && a.notApplicable == b.notApplicable
    }
}

extension Engine {
    /// Each entitlement that can apply to the person in `request` under `scheme`, with its status
    /// on `request.on`. An entitlement that cannot be computed is an entry with its error; an
    /// invalid request throws.
    public func assess(_ request: AssessRequest, scheme: Scheme) throws(CalculationError) -> Assessment {
        var entries: [Assessment.Entry] = []
        entries.reserveCapacity(4)
        for entitlement in request.entitlements {
            do {
                let result = try entitlement.result(engine: self, scheme: scheme)
                let reading = StatusReading.of(result, kind: entitlement.kind, request: request, scheme: scheme)
                entries.append(Assessment.Entry(kind: entitlement.kind, outcome: .success(result), status: reading.status,
                                                nextDue: reading.nextDue))
            } catch {
                if case .invalid = error { throw error }
                entries.append(Assessment.Entry(kind: entitlement.kind, outcome: .failure(error), status: nil, nextDue: nil))
            }
        }
        return Assessment(on: request.on, scheme: scheme, careLeaver: request.isCareLeaver, entries: entries,
                          notApplicable: request.notApplicable)
    }
}
