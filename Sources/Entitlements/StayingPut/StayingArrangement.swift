/// How a care leaver stays supported after 18.
public enum StayingArrangement: String, Sendable, CaseIterable {
    /// Staying Put: living on with the former foster carer.
    case stayingPut = "staying-put"
    /// Staying Close: living near the former children's home, with its support.
    case stayingClose = "staying-close"
}

/// A request for Staying Put or Staying Close funding over a period.
public struct StayingPutRequest: Sendable, Equatable {
    /// The young person's date of birth.
    public var dateOfBirth: CalendarDate
    /// The days asked about, inclusive.
    public var period: DateRange
    /// Where the carer (or home) is.
    public var place: Place
    /// Staying Put or Staying Close.
    public var arrangement: StayingArrangement
    /// The young person's weekly contribution, subtracted from the rate.
    public var weeklyContribution: Money?
    /// A weekly rate that overrides the rule book's.
    public var weeklyRate: Money?
    /// A payment schedule, if payments are wanted.
    public var schedule: Schedule?
    /// What has been paid already, for a balance.
    public var alreadyPaid: Money?
    /// Whether estimated rates may be used.
    public var allowEstimated: Bool

    /// Makes a request.
    public init(dateOfBirth: CalendarDate, period: DateRange, place: Place, arrangement: StayingArrangement = .stayingPut,
                weeklyContribution: Money? = nil, weeklyRate: Money? = nil, schedule: Schedule? = nil,
                alreadyPaid: Money? = nil, allowEstimated: Bool = false) {
        self.dateOfBirth = dateOfBirth
        self.period = period
        self.place = place
        self.arrangement = arrangement
        self.weeklyContribution = weeklyContribution
        self.weeklyRate = weeklyRate
        self.schedule = schedule
        self.alreadyPaid = alreadyPaid
        self.allowEstimated = allowEstimated
    }
}

extension StayingPutRequest: EntitlementRequest {
    /// Staying Put or Staying Close funding.
    public static var kind: EntitlementKind { .stayingPutFunding }

    /// The funding under `scheme`.
    public func result(engine: Engine, scheme: Scheme) throws(CalculationError) -> EntitlementResult {
        .allowance(try engine.stayingPutFunding(self, scheme: scheme))
    }
}
