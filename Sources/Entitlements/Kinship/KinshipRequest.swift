/// A request for the kinship allowance over a period.
public struct KinshipRequest: Sendable, Equatable {
    /// The child's date of birth.
    public var dateOfBirth: CalendarDate
    /// The days asked about, inclusive.
    public var period: DateRange
    /// Where the carer lives.
    public var place: Place
    /// The carer's order.
    public var order: KinshipOrder
    /// A payment schedule, if payments are wanted.
    public var schedule: Schedule?
    /// What has been paid already, for a balance.
    public var alreadyPaid: Money?
    /// Whether estimated rates may be used.
    public var allowEstimated: Bool
    /// Whether the child would otherwise be in care; nil when the request does not say.
    public var otherwiseInCare: Bool?
    /// Whether the carer already receives a special guardianship allowance (a pilot does not pay them).
    public var receivesSpecialGuardianshipAllowance: Bool
    /// The first day this carer was paid under a pilot, if given (its years are counted from it).
    public var pilotStartedOn: CalendarDate?

    /// Makes a request.
    public init(dateOfBirth: CalendarDate, period: DateRange, place: Place, order: KinshipOrder = .specialGuardianship,
                schedule: Schedule? = nil, alreadyPaid: Money? = nil, allowEstimated: Bool = false,
                otherwiseInCare: Bool? = nil, receivesSpecialGuardianshipAllowance: Bool = false, pilotStartedOn: CalendarDate? = nil) {
        self.dateOfBirth = dateOfBirth
        self.period = period
        self.place = place
        self.order = order
        self.schedule = schedule
        self.alreadyPaid = alreadyPaid
        self.allowEstimated = allowEstimated
        self.otherwiseInCare = otherwiseInCare
        self.receivesSpecialGuardianshipAllowance = receivesSpecialGuardianshipAllowance
        self.pilotStartedOn = pilotStartedOn
    }
}

extension KinshipRequest: EntitlementRequest {
    /// The kinship allowance.
    public static var kind: EntitlementKind { .kinshipAllowance }

    /// The allowance under `scheme`.
    public func result(engine: Engine, scheme: Scheme) throws(CalculationError) -> EntitlementResult {
        .allowance(try engine.kinshipAllowance(self, scheme: scheme))
    }
}
