/// How far a rule-book value can be trusted.
public enum ValueStatus: String, Sendable, CaseIterable {
    /// Published (a primary or reliable secondary source).
    case enacted
    /// An assumption or a weak source, used only when a request allows estimated values.
    case estimated
    /// Searched for and not found: the gap is explicit, and a calculation that needs it fails.
    case notFound = "not-found"
}
