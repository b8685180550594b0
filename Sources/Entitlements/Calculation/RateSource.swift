/// Where the weekly rate of each day comes from.
enum RateSource {
    /// The band for the person's age in a table (kinship allowance).
    case byAge(dateOfBirth: CalendarDate)
    /// One fixed band of a table (the NMA 16–17 rate for Staying Put).
    case band(String)
}

/// The weekly rate on one day, and the last day it stays the same.
struct DailyRate {
    let table: String
    /// The effective date of the table row used.
    let effective: CalendarDate
    let ageBand: String?
    let rate: Money
    let lastDay: CalendarDate
}

/// Chooses each day's rate from a council's own table when the council has one (never falling back
/// to the national table on a day the council's table does not cover), else the national table.
struct RateChooser {
    let national: WeeklyRateTable
    let council: WeeklyRateTable?
    let region: String
    let source: RateSource
    let allowEstimated: Bool

    /// The table with `id` among those the chooser reads, if any.
    func table(_ id: String) -> WeeklyRateTable? {
        if national.id == id { return national }
        return council?.id == id ? council : nil
    }

    /// The rate on `date`, with the last day before anything about it could change.
    func rate(on date: CalendarDate, explanation: inout Explanation) throws(CalculationError) -> DailyRate {
        if let council {
            // A council's own table replaces the national one: a day it does not cover is an error
            // naming the council's table, never a silent fall back to the national rates.
            let choice = council.rows.choose(on: date, allowEstimated: allowEstimated)
            guard case .found(let row) = choice else {
                throw CalculationError.missing(
                    choice, table: council.id, tableTitle: council.title, date: date, region: nil,
                    hint: "the council's own table replaces the \(national.id.uppercased()), so the \(national.id.uppercased()) is not used instead; add the council's rates for that date to table \(council.id)")
            }
            guard let paid = council.paidTable(of: row) else {
                return try rate(from: council, row: row, on: date, limit: .latest, explanation: &explanation)
            }
            // The council's table says that on this row's dates it pays the national table.
            guard paid == national.id else {
                throw .notConfigured(field: "", message: "table \(council.id) says the council pays table \(paid) from \(row.effective), but this allowance is paid from table \(national.id)")
            }
            explanation.used(row, table: council.id)
            explanation.sayOnce(council.id, "From \(row.effective)\(row.until.map { " to \($0)" } ?? ""), the council's own table (\(council.title)) says it pays the \(national.id.uppercased()) for its region, so the \(national.id.uppercased()) applies on those days.", row.citation)
            var limit = CalendarDate.latest
            if let next = council.rows.nextBoundary(after: date), let last = next.previousDay { limit = last }
            return try nationalRate(on: date, limit: limit, explanation: &explanation)
        }
        return try nationalRate(on: date, limit: .latest, explanation: &explanation)
    }

    /// The national table's rate on `date` for the region, changing no later than `limit`.
    private func nationalRate(on date: CalendarDate, limit: CalendarDate, explanation: inout Explanation) throws(CalculationError) -> DailyRate {
        let key = national.rowRegion(region)
        let choice = national.rows.choose(on: date, region: key, allowEstimated: allowEstimated)
        guard case .found(let row) = choice else {
            throw CalculationError.missing(choice, table: national.id, tableTitle: national.title, date: date, region: region)
        }
        return try rate(from: national, row: row, on: date, limit: limit, explanation: &explanation)
    }

    private func rate(from table: WeeklyRateTable, row: DatedRow<[Money]>, on date: CalendarDate, limit: CalendarDate,
                      explanation: inout Explanation) throws(CalculationError) -> DailyRate {
        var last = limit
        if let next = table.rows.nextBoundary(after: date, region: row.region), let day = next.previousDay, day < last {
            last = day
        }
        let found: (index: Int, band: AgeBand)?
        switch source {
        case .byAge(let dateOfBirth):
            let age = dateOfBirth.age(on: date)
            found = table.band(forAge: age)
            if let band = found?.band, let toAge = band.toAge,
               let change = dateOfBirth.birthday(toAge + 1), let day = change.previousDay, day < last {
                last = day
            }
            if found == nil {
                throw .notConfigured(field: "dateOfBirth", message: "table \(table.id) has no age band for age \(age)")
            }
        case .band(let id):
            found = table.band(id: id)
            if found == nil {
                throw .notConfigured(field: "dateOfBirth", message: "table \(table.id) has no band \(id)")
            }
        }
        guard let found, let rates = row.payload, found.index < rates.count else {
            throw CalculationError.missing(RowChoice<[Money]>.missing(notFound: nil), table: table.id, tableTitle: table.title, date: date, region: row.region)
        }
        explanation.used(row, table: table.id)
        return DailyRate(table: table.id, effective: row.effective, ageBand: found.band.id, rate: rates[found.index], lastDay: last)
    }
}
