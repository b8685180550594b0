import Entitlements
import EntitlementsProtocol

/// Wording shared by the statement and the letter.
enum StatementText {
    /// The allowance's name in words.
    static func allowanceTitle(_ method: Method) -> String {
        switch method {
        case .kinshipAllowance: "Kinship allowance for the child you look after"
        case .stayingPutFunding: "Staying Put funding"
        default: method.rawValue
        }
    }

    /// An entitlement's name in words: the letter's own wording for the five it knows, else the
    /// entitlement's title.
    static func title(_ method: String?) -> String {
        let known = method.flatMap(Method.init(rawValue:))
        return switch known {
        case .kinshipAllowance?: "Kinship allowance"
        case .leavingCareGrant?: "Leaving-care grant (setting-up-home allowance)"
        case .apprenticeshipBursary?: "Care leavers' apprenticeship bursary"
        case .stayingPutFunding?: "Staying Put or Staying Close funding"
        case .prescriptionExemption?: "Free NHS prescriptions"
        default: known?.kind?.title ?? method ?? "Entitlement"
        }
    }

    /// `london` as `London`, `rest-of-england` as `Rest of England`.
    static func region(_ id: String) -> String {
        let words = id.split(separator: "-").map(String.init)
        guard let first = words.first else { return id }
        return ([first.prefix(1).uppercased() + first.dropFirst()] + words.dropFirst()).joined(separator: " ")
            .replacingOccurrences(ofWord: "england", with: "England")
    }

    /// A line's table row in words: `Fostering National Minimum Allowance, England, from 1 April 2025`.
    static func tableRow(_ line: JSONValue, ruleBook: RuleBook) -> String {
        guard let table = line.text("table") else { return "" }
        let title = ruleBook.rateTables[table]?.title ?? table
        return line.text("effective").map { "\(title), from \(WrittenDate.text($0))" } ?? title
    }

    /// A paragraph on each estimated value used, if any.
    static func estimates(_ result: JSONValue, into page: inout HTMLPage) {
        let estimated = result.list("estimated")
        guard !estimated.isEmpty else { return }
        page.add("h2", "Estimated rates")
        page.list(estimated.map { value in
            "The rate from \(WrittenDate.text(value.text("effective"))) is an estimate, not yet published"
                + (value.text("note").map { ": " + WrittenDate.sentence($0) } ?? ".")
        })
    }

    /// The scheme's status and the rule book's revision.
    static func footer(_ result: JSONValue, ruleBook: RuleBook, into page: inout HTMLPage) {
        page.add("p", SchemeWording.sentence(result, ruleBook: ruleBook), class: "status")
        let revision = result["rulebook"]?.text("revision") ?? ruleBook.revision
        let version = result["rulebook"]?.text("version") ?? ruleBook.version
        page.body += "<footer><p>Worked out by entitlements \(HTMLPage.escape(result.text("engine") ?? Engine.version)) with rule book "
            + "\(HTMLPage.escape(version)), revision <code>\(HTMLPage.escape(revision))</code>. The revision names the exact rates used; "
            + "quote it if you ask about this page.</p></footer>\n"
    }
}

extension String {
    /// The text with each whole word `word` replaced.
    func replacingOccurrences(ofWord word: String, with replacement: String) -> String {
        split(separator: " ", omittingEmptySubsequences: false).map { $0 == word ? replacement : String($0) }.joined(separator: " ")
    }
}
