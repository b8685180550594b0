/// A rule scheme: the policy each entitlement follows.
public final class Scheme: Sendable {
    /// The scheme id, e.g. `review-2022`.
    public let id: String
    /// A title.
    public let title: String
    /// The scheme's source.
    public let source: String
    /// Whether it is the law, a pilot or a proposal.
    public let status: SchemeStatus
    /// The scheme in words for people, e.g. "the Independent Review's recommendations (a proposal, not the law)".
    public let inWords: String
    /// The policy in each slot, in `EntitlementRegistry.slots` order (each checked at load to be of
    /// its entitlement's policy type).
    private let policies: [any RulePolicy]
    /// What each entitlement worked out once from its policies, in registry order.
    private let prepared: [(any AnyObject & Sendable)?]

    /// Makes the value from its parts: `policies` in `EntitlementRegistry.slots` order, each of its
    /// slot's entitlement's policy type (the assembler builds them so).
    init(id: String, title: String, source: String, status: SchemeStatus, inWords: String, policies: [any RulePolicy]) {
        self.id = id
        self.title = title
        self.source = source
        self.status = status
        self.inWords = inWords
        self.policies = policies
        prepared = EntitlementRegistry.all.enumerated().map { index, entitlement in
            Self.prepare(entitlement, policies: policies, offset: EntitlementRegistry.slotOffsets[index], status: status, inWords: inWords)
        }
    }

    /// The id of the policy in each slot, in `EntitlementRegistry.slots` order (slot names as in `schemes.json`).
    public var policyIDs: [(slot: String, id: String)] {
        zip(EntitlementRegistry.slots, policies).map { ($0, $1.id) }
    }

    /// The policy the scheme follows for an entitlement, in the entitlement's slot `slot`.
    @inline(__always)
    func policy<E: Entitlement>(_ entitlement: E.Type, slot: Int = 0) -> E.Policy {
        let stored = policies[EntitlementRegistry.slotOffsets[EntitlementRegistry.index(of: entitlement)] + slot]
        // The assembler put a policy of this entitlement's type in each of its slots.
        return unsafeDowncast(stored, to: E.Policy.self)
    }

    /// What an entitlement worked out once from this scheme's policies, if it did.
    func prepared<E: Entitlement, Value: AnyObject>(_ entitlement: E.Type, as type: Value.Type) -> Value? {
        prepared[EntitlementRegistry.index(of: entitlement)].map { unsafeDowncast($0, to: type) }
    }

    /// What `entitlement` prepares from its slots' policies.
    private static func prepare<E: Entitlement>(_ entitlement: E.Type, policies: [any RulePolicy], offset: Int, status: SchemeStatus, inWords: String) -> (any AnyObject & Sendable)? {
        let own = policies[offset..<(offset + E.slots.count)].map { unsafeDowncast($0, to: E.Policy.self) }
        return E.prepared(own, status: status, inWords: inWords)
    }
}
