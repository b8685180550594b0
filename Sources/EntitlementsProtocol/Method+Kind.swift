import Entitlements

extension Method {
    /// The method that computes an entitlement (each entitlement method's definition names its kind).
    public init?(_ kind: EntitlementKind) {
        guard let definition = MethodRegistry.definitions.first(where: { $0.kind == kind }) else { return nil }
        self = definition.method
    }

    /// The entitlement this method computes, or nil for the methods that combine or describe.
    public var kind: EntitlementKind? { definition.kind }
}

extension Method {
    /// The name of the method that computes `kind`, as responses write it.
    public static func name(computing kind: EntitlementKind) -> String {
        Method(kind)?.rawValue ?? kind.id
    }
}
