/// What an assessment reads: one person on a date, who they are (a child in kinship care or a care
/// leaver) and what is known about them, with what each entitlement needs.
public struct AssessRequest: Sendable, Equatable {
    /// The person's date of birth.
    public var dateOfBirth: CalendarDate
    /// The date assessed.
    public var on: CalendarDate
    /// The financial year containing `on`, over which the allowances are computed.
    public var year: DateRange
    /// Whether estimated values may be used.
    public var allowEstimated: Bool
    /// Where the person lives (for a child in kinship care: where the carer lives).
    public var place: Place
    /// Whether the person is a care leaver (nil: not said, read as a child in kinship care).
    public var careLeaver: Bool?
    /// The kinship carer's order (for a child in kinship care).
    public var order: KinshipOrder
    /// The Staying Put or Staying Close arrangement the care leaver is in; nil: none was given, so
    /// none is assumed.
    public var arrangement: StayingArrangement?
    /// The days of the arrangement to cost (nil: the financial year containing `on`).
    public var arrangementPeriod: DateRange?
    /// The prescription-charge request.
    public var prescription: PrescriptionRequest
    /// The apprenticeship, if any.
    public var apprenticeship: BursaryRequest?
    /// The young person's weekly contribution (Staying Put and Staying Close).
    public var weeklyContribution: Money?
    /// The council's weekly rate (Staying Put and Staying Close).
    public var weeklyRate: Money?

    /// For a child in kinship care: whether the child would otherwise be in care (nil: not given, assumed).
    public var otherwiseInCare: Bool?
    /// Whether the carer already receives a special guardianship allowance.
    public var receivesSpecialGuardianshipAllowance = false
    /// The first day the carer was paid under the Kinship Allowance pilot, if known.
    public var pilotStartedOn: CalendarDate?

    /// A request from each of its parts.
    public init(dateOfBirth: CalendarDate, on: CalendarDate, year: DateRange, allowEstimated: Bool, place: Place, careLeaver: Bool?,
                order: KinshipOrder, arrangement: StayingArrangement?, arrangementPeriod: DateRange? = nil,
                prescription: PrescriptionRequest, apprenticeship: BursaryRequest?, weeklyContribution: Money?, weeklyRate: Money?) {
        self.dateOfBirth = dateOfBirth
        self.on = on
        self.year = year
        self.allowEstimated = allowEstimated
        self.place = place
        self.careLeaver = careLeaver
        self.order = order
        self.arrangement = arrangement
        self.arrangementPeriod = arrangementPeriod
        self.prescription = prescription
        self.apprenticeship = apprenticeship
        self.weeklyContribution = weeklyContribution
        self.weeklyRate = weeklyRate
    }

    /// Whether the person is assessed as a care leaver (`careLeaver: true`); anyone else is assessed
    /// as a child in kinship care.
    public var isCareLeaver: Bool { careLeaver == true }

    /// The kinship allowance over `year`.
    public var kinship: KinshipRequest {
        KinshipRequest(dateOfBirth: dateOfBirth, period: year, place: place, order: order, allowEstimated: allowEstimated,
                       otherwiseInCare: otherwiseInCare, receivesSpecialGuardianshipAllowance: receivesSpecialGuardianshipAllowance,
                       pilotStartedOn: pilotStartedOn)
    }

    /// The leaving-care grant on `on`.
    public var grant: GrantRequest {
        GrantRequest(on: on, dateOfBirth: dateOfBirth, careLeaver: isCareLeaver, allowEstimated: allowEstimated)
    }

    /// The arrangement's funding over its period (the financial year containing `on` unless given);
    /// nil without an arrangement.
    public var stayingPut: StayingPutRequest? {
        guard let arrangement else { return nil }
        return StayingPutRequest(dateOfBirth: dateOfBirth, period: arrangementPeriod ?? year, place: place, arrangement: arrangement,
                                 weeklyContribution: weeklyContribution, weeklyRate: weeklyRate, allowEstimated: allowEstimated)
    }

    /// The entitlements that can apply to this person, in the order an assessment lists them
    /// (kinship allowance, grant, bursary, Staying Put or Staying Close, prescriptions).
    public var entitlements: [any EntitlementRequest] {
        var requests: [any EntitlementRequest] = []
        if !isCareLeaver { requests.append(kinship) }
        if isCareLeaver {
            requests.append(grant)
            if let apprenticeship { requests.append(apprenticeship) }
            if let stayingPut { requests.append(stayingPut) }
        }
        requests.append(prescription)
        return requests
    }

    /// The entitlements that cannot apply to this person, each with the reason, in the same order.
    public var notApplicable: [NotApplicable] {
        if isCareLeaver {
            var left = [NotApplicable(.kinshipAllowance, .careLeaverNotKinshipChild)]
            if apprenticeship == nil { left.append(NotApplicable(.apprenticeshipBursary, .noApprenticeship)) }
            if arrangement == nil { left.append(NotApplicable(.stayingPutFunding, .noArrangement)) }
            return left
        }
        return [NotApplicable(.leavingCareGrant, .notCareLeaver), NotApplicable(.apprenticeshipBursary, .notCareLeaver),
                NotApplicable(.stayingPutFunding, .notCareLeaver)]
    }
}

/// An entitlement an assessment leaves out because it cannot apply to the person, and why.
public struct NotApplicable: Sendable, Equatable {
    /// Why an entitlement cannot apply.
    public enum Why: String, Sendable, CaseIterable {
        /// The person is a care leaver; the kinship allowance is paid for a child in kinship care.
        case careLeaverNotKinshipChild = "care-leaver"
        /// The person is a child in kinship care, not a care leaver.
        case notCareLeaver = "not-care-leaver"
        /// No apprenticeship was given.
        case noApprenticeship = "no-apprenticeship"
        /// No Staying Put or Staying Close arrangement was given.
        case noArrangement = "no-arrangement"
    }

    /// The entitlement left out.
    public let kind: EntitlementKind
    /// Why.
    public let why: Why

    /// An entitlement left out and why.
    public init(_ kind: EntitlementKind, _ why: Why) {
        self.kind = kind
        self.why = why
    }

    /// The reason in words (no field names, no dates: it can be read aloud).
    public var reason: String {
        switch (kind, why) {
        case (.kinshipAllowance, _):
            "This person is a care leaver, not a child in kinship care: a kinship allowance is paid to the carer of a child in kinship care."
        case (.leavingCareGrant, _):
            "The leaving-care grant is for care leavers, and this person is assessed as a child in kinship care, not a care leaver."
        case (.apprenticeshipBursary, .noApprenticeship):
            "No apprenticeship was given: the bursary is paid to a care leaver who starts an apprenticeship."
        case (.apprenticeshipBursary, _):
            "The apprenticeship bursary is for care leavers, and this person is assessed as a child in kinship care, not a care leaver."
        case (.stayingPutFunding, .noArrangement):
            "No Staying Put or Staying Close arrangement was given, so none is assumed: funding is paid only for an arrangement that exists."
        case (.stayingPutFunding, _):
            "Staying Put and Staying Close are for care leavers, and this person is assessed as a child in kinship care, not a care leaver."
        default:
            "Prescription charges apply to everyone."
        }
    }
}
