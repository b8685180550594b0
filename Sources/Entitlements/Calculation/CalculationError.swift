/// Why a request could not be computed, in the engine's terms: the request field by its param name
/// (the protocol turns it into a JSON pointer, and an estimate not allowed into an `allowEstimated` hint).
public enum CalculationError: Error, Sendable, Equatable {
    /// A request field is invalid; `field` is its param name, e.g. `to`.
    case invalid(field: String, message: String)
    /// No enacted value covers `date` in `table`: an estimate exists but estimated values were not
    /// allowed (`estimateAvailable`), or there is none. `detail` says which value and why, without
    /// the remedy (`message` adds it).
    case noEnactedValue(table: String, date: CalendarDate, estimateAvailable: Bool, detail: String)
    /// A rate the calculation needs is not configured; `field` is the param that could supply it
    /// (nil when none can: the rule book lacks it).
    case notConfigured(field: String?, message: String)

    /// The message for people.
    public var message: String {
        switch self {
        case .invalid(_, let message), .notConfigured(_, let message): return message
        case .noEnactedValue(_, _, let estimateAvailable, let detail):
            return estimateAvailable ? detail + "; estimated values were not allowed" : detail
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
                detail: "no enacted \(tableTitle) value\(place) covers \(date) (table \(table)); only an estimate exists (\(row.note ?? "estimated"))\(hint)")
        case .missing(let notFound):
            let why = notFound.map { ": \($0.note ?? "not found")" } ?? ""
            return .noEnactedValue(
                table: table, date: date, estimateAvailable: false,
                detail: "no \(tableTitle) value\(place), enacted or estimated, covers \(date) (table \(table))\(why)\(hint)")
        case .found:
            return .noEnactedValue(table: table, date: date, estimateAvailable: false, detail: "internal: value was found")
        }
    }

    /// The error for an amount too large to compute exactly; `field` is the param that makes it so.
    static func overflow(_ field: String) -> CalculationError {
        .invalid(field: field, message: "the amounts are too large to compute exactly")
    }
}
