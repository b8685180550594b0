/// An entitlement the engine computes, named by its id (e.g. `kinshipAllowance`) and titled for
/// people. Each entitlement declares its kind in its own folder; `EntitlementKind.allCases` lists
/// them in the registry's order.
public struct EntitlementKind: Sendable, Hashable, CustomStringConvertible {
    /// The id, e.g. `leavingCareGrant`.
    public let id: String
    /// The title for people, e.g. `Leaving-care grant`.
    public let title: String

    /// A kind with its id and title.
    init(id: String, title: String) {
        self.id = id
        self.title = title
    }

    /// Every kind, in the registry's order.
    public static var allCases: [EntitlementKind] { EntitlementRegistry.kinds }

    /// The id.
    public var description: String { id }

    /// Kinds are equal when their ids are.
    public static func == (a: EntitlementKind, b: EntitlementKind) -> Bool { a.id == b.id }

    /// Hashes the id.
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
