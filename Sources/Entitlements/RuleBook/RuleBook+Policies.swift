extension RuleBook {
    /// The keys of a policy that every policy has.
    static let policyKeys = ["id", "title", "source"]
}
