/// A rule-book value in force from an effective date, with its status and source.
///
/// A class, so that choosing among rows shares them instead of copying their text.
public final class DatedRow<Payload: Sendable>: Sendable {
    /// The first day the value applies.
    public let effective: CalendarDate
    /// The last day the value applies, or nil while it stays in force.
    public let until: CalendarDate?
    /// The region the value is for, in a table by region.
    public let region: String?
    /// Whether the value is enacted, estimated or not found.
    public let status: ValueStatus
    /// Where the value comes from (a URL or a title).
    public let source: String
    /// The source, escaped for JSON once (`Citation`).
    let citation: Citation
    /// How an estimate was made, or other remarks.
    public let note: String?
    /// The value itself; nil for a not-found row.
    public let payload: Payload?

    /// Makes a row.
    init(effective: CalendarDate, until: CalendarDate?, region: String?, status: ValueStatus, source: String,
         note: String?, payload: Payload?) {
        self.effective = effective
        self.until = until
        self.region = region
        self.status = status
        self.source = source
        citation = Citation(source)
        self.note = note
        self.payload = payload
    }

    /// Whether the row applies on a date.
    public func covers(_ date: CalendarDate) -> Bool {
        effective <= date && (until.map { date <= $0 } ?? true)
    }
}

/// What a table offers for one day.
public enum RowChoice<Payload: Sendable>: Sendable {
    /// A value that may be used.
    case found(DatedRow<Payload>)
    /// Only an estimated value covers the day, and the request did not allow estimates.
    case estimatedOnly(DatedRow<Payload>)
    /// No value at all covers the day (or the only row says the value was not found).
    case missing(notFound: DatedRow<Payload>?)
}

/// The dated rows of one table, chosen by date (and region) with enacted values beating estimated ones.
public struct DatedRows<Payload: Sendable>: Sendable {
    /// The rows in file order.
    public let rows: [DatedRow<Payload>]
    /// The rows of each region (nil for tables without regions), in file order, with the days on
    /// which any of them starts or stops applying (each row's effective date and the day after its
    /// last), in date order.
    private let groups: [(region: String?, rows: [DatedRow<Payload>], boundaries: [CalendarDate])]

    /// Makes the collection.
    public init(_ rows: [DatedRow<Payload>]) {
        self.rows = rows
        var grouped: [(region: String?, rows: [DatedRow<Payload>])] = []
        for row in rows {
            if let index = grouped.firstIndex(where: { $0.region == row.region }) {
                grouped[index].rows.append(row)
            } else {
                grouped.append((row.region, [row]))
            }
        }
        groups = grouped.map { group in
            let boundaries = group.rows.flatMap { row in [row.effective] + (row.until?.nextDay.map { [$0] } ?? []) }
            return (group.region, group.rows, Array(Set(boundaries)).sorted())
        }
    }

    /// The rows of one region.
    private func rows(of region: String?) -> [DatedRow<Payload>] {
        for group in groups where group.region == region { return group.rows }
        return []
    }

    /// The row to use on `date` for `region` (nil for tables without regions).
    public func choose(on date: CalendarDate, region: String? = nil, allowEstimated: Bool) -> RowChoice<Payload> {
        var estimated: DatedRow<Payload>?
        var notFound: DatedRow<Payload>?
        for row in rows(of: region) where row.covers(date) {
            switch row.status {
            case .enacted: return .found(row)
            case .estimated: if estimated == nil { estimated = row }
            case .notFound: if notFound == nil { notFound = row }
            }
        }
        if let estimated {
            return allowEstimated ? .found(estimated) : .estimatedOnly(estimated)
        }
        return .missing(notFound: notFound)
    }

    /// The first day after `date` on which any row of `region` starts or stops applying, if any.
    public func nextBoundary(after date: CalendarDate, region: String? = nil) -> CalendarDate? {
        for group in groups where group.region == region {
            return group.boundaries.first { $0 > date }
        }
        return nil
    }
}
