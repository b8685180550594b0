import Entitlements

/// The typed request of one entitlement method, whatever its kind: what `compare` computes under
/// two schemes and what each method computes under one.
enum EntitlementRequest {
    case kinship(KinshipRequest)
    case grant(GrantRequest)
    case bursary(BursaryRequest)
    case stayingPut(StayingPutRequest)
    case prescription(PrescriptionRequest)

    /// The result under `scheme`.
    func result(engine: Engine, scheme: Scheme) throws(CalculationError) -> EntitlementResult {
        switch self {
        case .kinship(let request): return .allowance(try engine.kinshipAllowance(request, scheme: scheme))
        case .grant(let request): return .grant(try engine.leavingCareGrant(request, scheme: scheme))
        case .bursary(let request): return .bursary(try engine.apprenticeshipBursary(request, scheme: scheme))
        case .stayingPut(let request): return .allowance(try engine.stayingPutFunding(request, scheme: scheme))
        case .prescription(let request): return .prescription(try engine.prescriptionExemption(request, scheme: scheme))
        }
    }
}
