/// The registry of entitlements: the only list of them. Everything that needs every entitlement
/// (the rule-book assembler, the schemes' slots, `rules describe`, the protocol's methods) works
/// from it.
enum EntitlementRegistry {
    /// Every entitlement, in the order results and descriptions list them.
    static let all: [any Entitlement.Type] = [
        KinshipAllowanceEntitlement.self, LeavingCareGrantEntitlement.self, ApprenticeshipBursaryEntitlement.self,
        StayingPutFundingEntitlement.self, PrescriptionExemptionEntitlement.self,
    ]

    /// Their kinds.
    static let kinds: [EntitlementKind] = all.map { $0.kind }

    /// Every scheme slot, in order: each entitlement's slots in turn.
    static let slots: [String] = all.flatMap { $0.slots }

    /// Where each entitlement's slots start in `slots`.
    static let slotOffsets: [Int] = all.indices.map { index in all[..<index].reduce(0) { $0 + $1.slots.count } }

    /// The rule-file kinds that hold policies.
    static let ruleFileKinds: [String] = all.map { $0.ruleFileKind }

    /// The position of an entitlement in `all` (every `Entitlement` type is listed there: a test
    /// checks each entitlement's kind, rule-file kind and slots against the real rule book).
    @inline(__always)
    static func index(of entitlement: any Entitlement.Type) -> Int {
        let id = ObjectIdentifier(entitlement)
        return all.firstIndex { ObjectIdentifier($0) == id } ?? 0
    }
}
