/// Why a request could not be computed, with what the protocol needs to say so.
public enum CalculationError: Error, Sendable, Equatable {
    /// A request field is invalid; `field` is a JSON pointer relative to the params, e.g. `/to`.
    case invalid(field: String, message: String)
    /// No enacted value covers `date` in `table` (and estimates were not allowed, or none exist).
    case noEnactedValue(table: String, date: CalendarDate, estimateAvailable: Bool, message: String)
    /// A rate the calculation needs is not configured; `field` is the request field that could supply it.
    case notConfigured(field: String, message: String)

    /// The message for people.
    public var message: String {
        switch self {
        case .invalid(_, let message), .notConfigured(_, let message): return message
        case .noEnactedValue(_, _, _, let message): return message
        }
    }

    /// The error for a value a table does not offer on a date.
    /// `hint` ends the message (what to do about it), if given.
    static func missing<Payload>(_ choice: RowChoice<Payload>, table: String, tableTitle: String, date: CalendarDate, region: String?,
                                 hint: String? = nil) -> CalculationError {
        let place = region.map { " for \($0)" } ?? ""
        let hint = hint.map { "; " + $0 } ?? ""
        switch choice {
        case .estimatedOnly(let row):
            return .noEnactedValue(
                table: table, date: date, estimateAvailable: true,
                message: "no enacted \(tableTitle) value\(place) covers \(date) (table \(table)); only an estimate exists (\(row.note ?? "estimated")); retry with allowEstimated: true to use it\(hint)")
        case .missing(let notFound):
            let why = notFound.map { ": \($0.note ?? "not found")" } ?? ""
            return .noEnactedValue(
                table: table, date: date, estimateAvailable: false,
                message: "no \(tableTitle) value\(place), enacted or estimated, covers \(date) (table \(table))\(why)\(hint)")
        case .found:
            return .noEnactedValue(table: table, date: date, estimateAvailable: false, message: "internal: value was found")
        }
    }

    /// The error for an amount too large to compute exactly.
    static func overflow(_ field: String) -> CalculationError {
        .invalid(field: field, message: "the amounts are too large to compute exactly")
    }
}
