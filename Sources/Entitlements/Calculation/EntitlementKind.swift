/// The five entitlements the engine computes, one per method of the protocol.
public enum EntitlementKind: Sendable, Hashable, CaseIterable {
    /// Kinship allowance over a period.
    case kinshipAllowance
    /// Leaving-care grant on a date.
    case leavingCareGrant
    /// Apprenticeship bursary payments.
    case apprenticeshipBursary
    /// Staying Put or Staying Close funding over a period.
    case stayingPutFunding
    /// Prescription-charge exemption on a date.
    case prescriptionExemption
}
