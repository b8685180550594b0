/// The methods of the protocol.
public enum Method: String, Sendable, CaseIterable {
    /// Kinship allowance over a period.
    case kinshipAllowance = "kinship.allowance"
    /// Leaving-care grant on a date.
    case leavingCareGrant = "leavingCare.grant"
    /// Apprenticeship bursary payments.
    case apprenticeshipBursary = "apprenticeship.bursary"
    /// Staying Put or Staying Close funding over a period.
    case stayingPutFunding = "stayingPut.funding"
    /// Prescription-charge exemption on a date.
    case prescriptionExemption = "prescription.exemption"
    /// Everything for one person on a date.
    case assess
    /// Two schemes side by side.
    case compare
    /// The rule book's revision, schemes and tables.
    case rulesDescribe = "rules.describe"

    /// The methods that compute one entitlement (those `compare` accepts): all but the three that
    /// combine or describe.
    public static let entitlements: [Method] = allCases.filter { ![.assess, .compare, .rulesDescribe].contains($0) }
}
