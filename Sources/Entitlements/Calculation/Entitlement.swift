/// A policy a scheme follows for one entitlement, as a rule file declares it.
protocol RulePolicy: AnyObject, Sendable {
    /// The policy id, unique in the rule book.
    var id: String { get }
}

/// One entitlement, declared once in its own folder: its kind, the kind of rule file its policies
/// are in, the slots a scheme fills with them, how a rule file is read and what it must refer to.
/// `EntitlementRegistry.all` lists the entitlements; the rule-book assembler, the schemes and
/// `rules describe` work from it.
protocol Entitlement: Sendable {
    /// Its policy type.
    associatedtype Policy: RulePolicy

    /// Its kind.
    static var kind: EntitlementKind { get }
    /// The `kind` of the rule files that hold its policies, e.g. `grant-policies`.
    static var ruleFileKind: String { get }
    /// The top-level keys such a file may hold besides `kind`.
    static var fileKeys: [String] { get }
    /// The slots each scheme fills with one of its policies, e.g. `stayingPut` and `stayingClose`.
    static var slots: [String] { get }

    /// The policies of one rule file of its kind, each with the field it was read from.
    static func policies(in file: FieldObject) throws(FieldError) -> [(policy: Policy, field: JSONField)]
    /// Checks what a policy (read at `path`) refers to in the rest of the rule book.
    static func check(_ policy: Policy, at path: String, in book: RuleBookAssembler) throws(FieldError)
    /// Why a policy cannot fill a scheme's slot (by its index in `slots`), or nil when it can.
    static func misfit(_ policy: Policy, slot: Int) -> String?
    /// What a scheme works out once from its policies for this entitlement (e.g. its sentences), if anything.
    static func prepared(_ policies: [Policy], status: SchemeStatus, inWords: String) -> (any AnyObject & Sendable)?
}

extension Entitlement {
    /// Most rule files hold only their policies.
    static var fileKeys: [String] { ["policies"] }
    /// Most policies refer to nothing else.
    static func check(_ policy: Policy, at path: String, in book: RuleBookAssembler) throws(FieldError) {}
    /// Most policies fit every slot of their entitlement.
    static func misfit(_ policy: Policy, slot: Int) -> String? { nil }
    /// Most entitlements prepare nothing.
    static func prepared(_ policies: [Policy], status: SchemeStatus, inWords: String) -> (any AnyObject & Sendable)? { nil }

    /// The policies of a file of the usual form, `{"kind": …, "policies": [...]}`, read one by one.
    static func eachPolicy(in file: FieldObject, _ decode: (JSONField) throws(FieldError) -> Policy) throws(FieldError) -> [(policy: Policy, field: JSONField)] {
        var found: [(policy: Policy, field: JSONField)] = []
        for field in try file.required("policies").array() { found.append((try decode(field), field)) }
        return found
    }
}

/// The request of one entitlement, whatever its kind: what `compare` computes under two schemes
/// and what each entitlement method computes under one.
public protocol EntitlementRequest: Sendable {
    /// The entitlement asked for.
    static var kind: EntitlementKind { get }
    /// The result under `scheme`.
    func result(engine: Engine, scheme: Scheme) throws(CalculationError) -> EntitlementResult
}

extension EntitlementRequest {
    /// The entitlement asked for.
    public var kind: EntitlementKind { Self.kind }
}

extension Engine {
    /// One entitlement under `scheme`.
    public func entitlement(_ request: any EntitlementRequest, scheme: Scheme) throws(CalculationError) -> EntitlementResult {
        try request.result(engine: self, scheme: scheme)
    }
}
