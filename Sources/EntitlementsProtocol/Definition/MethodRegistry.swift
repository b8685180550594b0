/// The registry of methods: the only list of them, in the order help and discovery show them.
public enum MethodRegistry {
    /// Every method's definition.
    public static let definitions: [MethodDefinition] = [
        KinshipAllowanceMethod.definition, LeavingCareGrantMethod.definition, ApprenticeshipBursaryMethod.definition,
        StayingPutFundingMethod.definition, PrescriptionExemptionMethod.definition, AssessMethod.definition,
        CompareMethod.definition, RulesDescribeMethod.definition, RPCDiscoverMethod.definition,
    ]

    /// The definitions of the methods that compute one entitlement (those `compare` compares).
    public static var entitlements: [MethodDefinition] { definitions.filter { $0.request != nil } }

    /// Each method's definition, by method.
    private static let byMethod: [Method: MethodDefinition] =
        Dictionary(uniqueKeysWithValues: definitions.map { ($0.method, $0) })

    /// The definition of `method`.
    static func definition(_ method: Method) -> MethodDefinition {
        byMethod[method] ?? RulesDescribeMethod.definition
    }
}

extension Method {
    /// The method's definition in the registry.
    public var definition: MethodDefinition { MethodRegistry.definition(self) }
}
