/// The typed request of one entitlement, whatever its kind: what `compare` computes under two
/// schemes and what each entitlement method computes under one.
public enum EntitlementRequest: Sendable, Equatable {
    /// A kinship allowance request.
    case kinship(KinshipRequest)
    /// A leaving-care grant request.
    case grant(GrantRequest)
    /// An apprenticeship bursary request.
    case bursary(BursaryRequest)
    /// A Staying Put or Staying Close request.
    case stayingPut(StayingPutRequest)
    /// A prescription-charge exemption request.
    case prescription(PrescriptionRequest)

    /// The entitlement asked for.
    public var kind: EntitlementKind {
        switch self {
        case .kinship: return .kinshipAllowance
        case .grant: return .leavingCareGrant
        case .bursary: return .apprenticeshipBursary
        case .stayingPut: return .stayingPutFunding
        case .prescription: return .prescriptionExemption
        }
    }

    /// The result under `scheme`.
    public func result(engine: Engine, scheme: Scheme) throws(CalculationError) -> EntitlementResult {
        switch self {
        case .kinship(let request): return .allowance(try engine.kinshipAllowance(request, scheme: scheme))
        case .grant(let request): return .grant(try engine.leavingCareGrant(request, scheme: scheme))
        case .bursary(let request): return .bursary(try engine.apprenticeshipBursary(request, scheme: scheme))
        case .stayingPut(let request): return .allowance(try engine.stayingPutFunding(request, scheme: scheme))
        case .prescription(let request): return .prescription(try engine.prescriptionExemption(request, scheme: scheme))
        }
    }
}

extension Engine {
    /// One entitlement under `scheme`.
    public func entitlement(_ request: EntitlementRequest, scheme: Scheme) throws(CalculationError) -> EntitlementResult {
        try request.result(engine: self, scheme: scheme)
    }
}
