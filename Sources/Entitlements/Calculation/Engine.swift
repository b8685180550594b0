/// The rules engine: computes entitlements from a rule book. Pure: no I/O, no clock.
public struct Engine: Sendable {
    /// The engine's version, carried by every result.
    public static let version = "0.1.0"

    /// The rule book in use.
    public let ruleBook: RuleBook

    /// Makes an engine over a rule book.
    public init(ruleBook: RuleBook) {
        self.ruleBook = ruleBook
    }

    /// The scheme with this id, or the rule book's default when nil.
    public func scheme(named id: String?) throws(CalculationError) -> Scheme {
        guard let id else { return ruleBook.defaultScheme }
        guard let scheme = ruleBook.scheme(id) else {
            let known = ruleBook.schemes.map(\.id).joined(separator: ", ")
            throw .invalid(field: "/scheme", message: "unknown scheme \"\(JSONField.clipped(id))\"; use one of: \(known)")
        }
        return scheme
    }
}
