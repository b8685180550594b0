/// Where an entitlement stands on the date assessed (docs/semantics.md, "Assess: status on the date").
public enum AssessmentStatus: String, Sendable, CaseIterable {
    /// Payable on the date: an allowance running that day, a grant that can be claimed, a bursary
    /// payment falling due that day, an exemption in force.
    case due
    /// Everything the result holds fell due before the date (bursary payments already due, an
    /// allowance's period that ended before the date while the entitlement itself goes on).
    case paidEarlier = "paid-earlier"
    /// Payable after the date: the next payment (`nextDue`) is later.
    case upcoming
    /// The entitlement has ended: the age at which it stops was reached on or before the date.
    case ended
    /// Not payable to this person (an order not paid, a rule not met, nothing to pay).
    case notEligible = "not-eligible"
}

/// An entitlement's status on a date and its next due date, read from its result.
struct StatusReading {
    /// The status.
    let status: AssessmentStatus
    /// The next date something falls due, after the date (or on it, for a payment due that day).
    let nextDue: CalendarDate?

    /// The status of `result` (of `kind`) for the person in `request` under `scheme`.
    static func of(_ result: EntitlementResult, kind: EntitlementKind, request: AssessRequest, scheme: Scheme) -> StatusReading {
        let on = request.on
        switch result {
        case .allowance(let allowance):
            let window = Self.window(kind, request: request, scheme: scheme)
            if allowance.lines.contains(where: { $0.from <= on && on <= $0.to && $0.amount.pence > 0 }) {
                return StatusReading(status: .due, nextDue: nil)
            }
            if let first = allowance.lines.first(where: { $0.from > on && $0.amount.pence > 0 }) {
                return StatusReading(status: .upcoming, nextDue: first.from)
            }
            if let end = window.end, end <= on { return StatusReading(status: .ended, nextDue: nil) }
            if allowance.lines.contains(where: { $0.amount.pence > 0 }) { return StatusReading(status: .paidEarlier, nextDue: nil) }
            if allowance.explanation.eligible || !allowance.lines.isEmpty {
                return StatusReading(status: .notEligible, nextDue: nil)
            }
            // Nothing in the period: still to come if the age at which it starts is after the date.
            if let start = window.start, start > on, kind == .stayingPutFunding, request.arrangement.map(Self.funded(scheme)) == true {
                return StatusReading(status: .upcoming, nextDue: start)
            }
            return StatusReading(status: .notEligible, nextDue: nil)
        case .grant(let grant):
            guard grant.explanation.eligible, grant.amount.pence > 0 else { return StatusReading(status: .notEligible, nextDue: nil) }
            return StatusReading(status: grant.remaining.pence > 0 ? .due : .paidEarlier, nextDue: nil)
        case .bursary(let bursary):
            guard bursary.explanation.eligible, !bursary.payments.isEmpty else { return StatusReading(status: .notEligible, nextDue: nil) }
            if let next = bursary.payments.first(where: { $0.due >= on }) {
                return StatusReading(status: next.due == on ? .due : .upcoming, nextDue: next.due)
            }
            return StatusReading(status: .paidEarlier, nextDue: nil)
        case .prescription(let prescription):
            return StatusReading(status: prescription.exempt ? .due : .notEligible, nextDue: nil)
        }
    }

    /// The first day of an allowance's age window and the day it stops (the birthday of its end age).
    static func window(_ kind: EntitlementKind, request: AssessRequest, scheme: Scheme) -> (start: CalendarDate?, end: CalendarDate?) {
        let born = request.dateOfBirth
        switch kind {
        case .kinshipAllowance:
            return (born, born.birthday(scheme.kinship.endsAtAge))
        case .stayingPutFunding:
            let policy = request.arrangement == .stayingClose ? scheme.stayingClose : scheme.stayingPut
            return (born.birthday(policy.startsAtAge), born.birthday(policy.endsAtAge))
        default:
            return (nil, nil)
        }
    }

    /// Whether the scheme funds the arrangement at all (statutory Staying Close is a programme).
    static func funded(_ scheme: Scheme) -> (StayingArrangement) -> Bool {
        { arrangement in (arrangement == .stayingClose ? scheme.stayingClose : scheme.stayingPut).programmeNote == nil }
    }
}
