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
    /// The whole protocol as an OpenRPC document.
    case rpcDiscover = "rpc.discover"

    /// The method's definition: its params, its result and how its request is read.
    public var definition: MethodDefinition {
        switch self {
        case .kinshipAllowance: KinshipAllowanceMethod.definition
        case .leavingCareGrant: LeavingCareGrantMethod.definition
        case .apprenticeshipBursary: ApprenticeshipBursaryMethod.definition
        case .stayingPutFunding: StayingPutFundingMethod.definition
        case .prescriptionExemption: PrescriptionExemptionMethod.definition
        case .assess: AssessMethod.definition
        case .compare: CompareMethod.definition
        case .rulesDescribe: RulesDescribeMethod.definition
        case .rpcDiscover: RPCDiscoverMethod.definition
        }
    }

    /// The methods that compute one entitlement (those `compare` accepts): all but the ones that
    /// combine or describe.
    public static let entitlements: [Method] = allCases.filter { !describing.contains($0) && ![.assess, .compare].contains($0) }

    /// The methods that describe the rule book or the protocol rather than compute.
    public static let describing: [Method] = [.rulesDescribe, .rpcDiscover]

    /// The methods that compute (the MCP server's tools).
    public static let calculations: [Method] = allCases.filter { !describing.contains($0) }
}
