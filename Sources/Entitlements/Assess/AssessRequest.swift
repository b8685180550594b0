/// What an assessment reads: one person on a date, with what each entitlement needs.
public struct AssessRequest: Sendable, Equatable {
    /// The person's date of birth.
    public var dateOfBirth: CalendarDate
    /// The date assessed.
    public var on: CalendarDate
    /// The financial year containing `on`, over which the allowances are computed.
    public var year: DateRange
    /// Whether estimated values may be used.
    public var allowEstimated: Bool
    /// Where the person lives.
    public var place: Place
    /// Whether the person is a care leaver (nil: not said).
    public var careLeaver: Bool?
    /// The kinship order.
    public var order: KinshipOrder
    /// Staying Put or Staying Close.
    public var arrangement: StayingArrangement
    /// The prescription-charge request.
    public var prescription: PrescriptionRequest
    /// The apprenticeship, if any.
    public var apprenticeship: BursaryRequest?
    /// The young person's weekly contribution (Staying Put and Staying Close).
    public var weeklyContribution: Money?
    /// The council's weekly rate (Staying Put and Staying Close).
    public var weeklyRate: Money?

    /// A request from each of its parts.
    public init(dateOfBirth: CalendarDate, on: CalendarDate, year: DateRange, allowEstimated: Bool, place: Place, careLeaver: Bool?,
                order: KinshipOrder, arrangement: StayingArrangement, prescription: PrescriptionRequest,
                apprenticeship: BursaryRequest?, weeklyContribution: Money?, weeklyRate: Money?) {
        self.dateOfBirth = dateOfBirth
        self.on = on
        self.year = year
        self.allowEstimated = allowEstimated
        self.place = place
        self.careLeaver = careLeaver
        self.order = order
        self.arrangement = arrangement
        self.prescription = prescription
        self.apprenticeship = apprenticeship
        self.weeklyContribution = weeklyContribution
        self.weeklyRate = weeklyRate
    }

    /// The kinship allowance over `year`.
    public var kinship: KinshipRequest {
        KinshipRequest(dateOfBirth: dateOfBirth, period: year, place: place, order: order, allowEstimated: allowEstimated)
    }

    /// The leaving-care grant on `on`.
    public var grant: GrantRequest {
        GrantRequest(on: on, dateOfBirth: dateOfBirth, careLeaver: careLeaver ?? false, allowEstimated: allowEstimated)
    }

    /// Staying Put or Staying Close over `year`.
    public var stayingPut: StayingPutRequest {
        StayingPutRequest(dateOfBirth: dateOfBirth, period: year, place: place, arrangement: arrangement,
                          weeklyContribution: weeklyContribution, weeklyRate: weeklyRate, allowEstimated: allowEstimated)
    }

    /// The entitlements assessed, in the order an assessment lists them (the bursary only with an apprenticeship).
    public var entitlements: [EntitlementRequest] {
        var requests: [EntitlementRequest] = [.kinship(kinship), .grant(grant)]
        if let apprenticeship { requests.append(.bursary(apprenticeship)) }
        requests += [.stayingPut(stayingPut), .prescription(prescription)]
        return requests
    }
}
