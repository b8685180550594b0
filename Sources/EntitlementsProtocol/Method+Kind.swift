import Entitlements

extension Method {
    /// The method that computes an entitlement.
    public init(_ kind: EntitlementKind) {
        switch kind {
        case .kinshipAllowance: self = .kinshipAllowance
        case .leavingCareGrant: self = .leavingCareGrant
        case .apprenticeshipBursary: self = .apprenticeshipBursary
        case .stayingPutFunding: self = .stayingPutFunding
        case .prescriptionExemption: self = .prescriptionExemption
        }
    }

    /// The entitlement this method computes, or nil for the methods that combine or describe.
    public var kind: EntitlementKind? {
        switch self {
        case .kinshipAllowance: return .kinshipAllowance
        case .leavingCareGrant: return .leavingCareGrant
        case .apprenticeshipBursary: return .apprenticeshipBursary
        case .stayingPutFunding: return .stayingPutFunding
        case .prescriptionExemption: return .prescriptionExemption
        case .assess, .compare, .rulesDescribe, .rpcDiscover: return nil
        }
    }
}
