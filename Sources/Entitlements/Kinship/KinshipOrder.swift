/// The legal arrangement under which a kinship carer looks after a child.
public enum KinshipOrder: String, Sendable, CaseIterable {
    /// A special guardianship order.
    case specialGuardianship = "special-guardianship"
    /// A "lives with" child arrangements order.
    case childArrangements = "child-arrangements"
    /// Kinship foster care (the carer is an approved foster carer).
    case kinshipFosterCare = "kinship-foster-care"
    /// An informal family arrangement with no order.
    case informal
}

extension KinshipOrder {
    /// The order a spreadsheet names, by its id, its name or its usual abbreviation, in any case,
    /// with or without "order" (`SGO`, `Special Guardianship Order`, `CAO`, `Child Arrangements
    /// Order`, `Kinship foster care`, `Informal`); nil for anything else (e.g. `Residence order`,
    /// which is not the same order, or `foster care`, which does not say kinship).
    public init?(spelling text: String) {
        var words: [String] = []
        var word = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if character != "'", character != "\u{2019}", character != "\"" {
                if !word.isEmpty { words.append(word) }
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        guard let order = Self.spellings[words.joined(separator: " ")] else { return nil }
        self = order
    }

    /// The spellings accepted, as lower-case words separated by single spaces.
    static let spellings: [String: KinshipOrder] = [
        "special guardianship": .specialGuardianship, "special guardianship order": .specialGuardianship,
        "sgo": .specialGuardianship, "special guardian": .specialGuardianship,
        "child arrangements": .childArrangements, "child arrangements order": .childArrangements,
        "child arrangement order": .childArrangements, "cao": .childArrangements,
        "lives with child arrangements order": .childArrangements, "child arrangements order lives with": .childArrangements,
        "cao lives with": .childArrangements,
        "kinship foster care": .kinshipFosterCare, "kinship fostering": .kinshipFosterCare, "kinship foster carer": .kinshipFosterCare,
        "family and friends foster care": .kinshipFosterCare, "connected person foster care": .kinshipFosterCare,
        "informal": .informal, "informal arrangement": .informal, "informal kinship care": .informal, "no order": .informal,
    ]

    /// Some of the spellings accepted, for an error message.
    public static let spellingExamples = "SGO, Special Guardianship Order, CAO, Child Arrangements Order, Kinship foster care, Informal"
}
