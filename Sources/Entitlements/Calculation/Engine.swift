/// The rules engine: computes entitlements from a rule book. Pure: no I/O, no clock.
public struct Engine: Sendable {
    /// The engine's version, carried by every result.
    public static let version = "0.1.0"

    /// The rule book in use.
    public let ruleBook: RuleBook
    /// Whether results carry their reasons; false for costing runs that only add up the money
    /// (`batch --summary-only`), where making the sentences would be most of the work.
    public let explains: Bool

    /// Makes an engine over a rule book.
    public init(ruleBook: RuleBook, explains: Bool = true) {
        self.ruleBook = ruleBook
        self.explains = explains
    }

    /// An empty explanation for one result, recording reasons if the engine explains.
    func explanation() -> Explanation {
        Explanation(recordingReasons: explains)
    }

    /// The scheme with this id, or the rule book's default when nil.
    public func scheme(named id: String?) throws(CalculationError) -> Scheme {
        guard let id else { return ruleBook.defaultScheme }
        guard let scheme = ruleBook.scheme(id) else {
            let known = ruleBook.schemes.map(\.id).joined(separator: ", ")
            throw .invalid(field: "scheme", message: "unknown scheme \"\(JSONField.clipped(id))\"; use one of: \(known)")
        }
        return scheme
    }
}
