/// A table of named amounts dated by row (e.g. prescription charges).
public struct AmountTable: Sendable {
    /// The table's id.
    public let id: String
    /// The table's title.
    public let title: String
    /// The names of the amounts each row holds.
    public let fields: [String]
    /// The rows.
    public let rows: DatedRows<[String: Money]>
}
