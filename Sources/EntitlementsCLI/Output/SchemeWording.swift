import Entitlements

/// The scheme a result follows, in words for a letter: its title and whether it is law or a proposal.
enum SchemeWording {
    /// The sentence. A result's `schemeStatus` is used when it has one; otherwise the status is read
    /// from the scheme's title in the rule book (a review's recommendations are a proposal, "what the
    /// law … provide" is the law); failing both, the scheme id is named without a claim.
    static func sentence(_ result: JSONValue, ruleBook: RuleBook) -> String {
        let id = result.text("scheme") ?? ruleBook.defaultScheme.id
        let title = ruleBook.scheme(id)?.title
        let named = title.map { "\($0) (\(id))" } ?? id
        switch result.text("schemeStatus") ?? inferred(title) {
        case "law"?, "enacted"?, "statutory"?:
            return "These amounts follow \(named): the law and national guidance in force on each date."
        case "proposal"?, "proposed"?:
            return "These amounts follow \(named). This is a proposal, not the law: it shows what would be paid if it were adopted, "
                + "and is not a promise of payment."
        case let status?:
            return "These amounts follow \(named), whose status is: \(status)."
        case nil:
            return "These amounts follow the scheme \(named)."
        }
    }

    /// `law` or `proposal` as the rule book's scheme title says, or nil.
    static func inferred(_ title: String?) -> String? {
        guard let title = title?.lowercased() else { return nil }
        if title.contains("recommendation") || title.contains("proposal") { return "proposal" }
        if title.contains("what the law") { return "law" }
        return nil
    }
}
