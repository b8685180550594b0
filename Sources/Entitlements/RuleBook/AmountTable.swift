/// A table of named amounts dated by row (e.g. prescription charges).
public final class AmountTable: Sendable {
    /// The table's id.
    public let id: String
    /// The table's title.
    public let title: String
    /// The names of the amounts each row holds.
    public let fields: [String]
    /// The rows.
    public let rows: DatedRows<[String: Money]>

    /// Makes the value from its parts.
    init(id: String, title: String, fields: [String], rows: DatedRows<[String: Money]>) {
        self.id = id
        self.title = title
        self.fields = fields
        self.rows = rows
    }
}
