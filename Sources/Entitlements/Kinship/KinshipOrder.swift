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
