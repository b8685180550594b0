/// The registry of methods: every method's definition, in the order help and discovery show them
/// (`Method`'s order; each case names its definition in `Method.definition`).
public enum MethodRegistry {
    /// Every method's definition.
    public static let definitions: [MethodDefinition] = Method.allCases.map(\.definition)

    /// The definitions of the methods that compute one entitlement (those `compare` compares).
    public static var entitlements: [MethodDefinition] { definitions.filter { $0.request != nil } }
}
