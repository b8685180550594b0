import Entitlements

/// What `assess` reads: one person on a date, with what each entitlement needs.
struct AssessRequest {
    var dateOfBirth: CalendarDate
    var on: CalendarDate
    /// The financial year containing `on`, over which the allowances are computed.
    var year: DateRange
    var allowEstimated: Bool
    var place: Place
    var careLeaver: Bool?
    var order: KinshipOrder
    var arrangement: StayingArrangement
    var prescription: PrescriptionRequest
    var apprenticeship: BursaryRequest?
    var weeklyContribution: Money?
    var weeklyRate: Money?

    var kinship: KinshipRequest {
        KinshipRequest(dateOfBirth: dateOfBirth, period: year, place: place, order: order, allowEstimated: allowEstimated)
    }

    var grant: GrantRequest {
        GrantRequest(on: on, dateOfBirth: dateOfBirth, careLeaver: careLeaver ?? false, allowEstimated: allowEstimated)
    }

    var stayingPut: StayingPutRequest {
        StayingPutRequest(dateOfBirth: dateOfBirth, period: year, place: place, arrangement: arrangement,
                          weeklyContribution: weeklyContribution, weeklyRate: weeklyRate, allowEstimated: allowEstimated)
    }
}
