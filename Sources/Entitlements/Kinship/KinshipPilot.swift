/// A kinship allowance pilot: a rate paid to some carers in named councils, for a number of years
/// per carer, from a start date that may be an estimate.
public final class KinshipPilot: Sendable {
    /// Its name, e.g. "Kinship Allowance pilot".
    public let title: String
    /// Its source.
    public let source: String
    /// `source`, escaped for JSON once.
    let citation: Citation
    /// The councils it runs in, by code.
    public let councils: [String]
    /// The orders whose carers it pays.
    public let orders: [KinshipOrder]
    /// The national weekly-rate table it pays from (for the child's age and the council's region).
    public let rateTable: String
    /// The most years it pays one carer.
    public let years: Int
    /// When it starts: a dated row, which may be estimated.
    public let start: DatedRow<Bool>
    /// What it pays, in a sentence.
    public let paid: String
    /// Said to a carer with another order.
    public let otherOrders: String
    /// Said to a carer who already receives a special guardianship allowance.
    public let receivingAllowance: String

    /// Makes the value from its parts.
    init(title: String, source: String, councils: [String], orders: [KinshipOrder], rateTable: String, years: Int,
         start: DatedRow<Bool>, paid: String, otherOrders: String, receivingAllowance: String) {
        self.title = title
        self.source = source
        citation = Citation(source)
        self.councils = councils
        self.orders = orders
        self.rateTable = rateTable
        self.years = years
        self.start = start
        self.paid = paid
        self.otherOrders = otherOrders
        self.receivingAllowance = receivingAllowance
    }
}
