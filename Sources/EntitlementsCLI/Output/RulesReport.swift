import Entitlements

/// The rule book for people: revision, schemes, and each table's years with their statuses
/// (consecutive years with the same statuses run together), then every dated row's amounts.
enum RulesReport {
    /// The whole description.
    static func render(_ result: JSONValue, style: TextStyle) -> String {
        var text = style.bold("Rule book \(result.shown("version"))") + ": \(result.shown("title"))\n\n"
        text += Report.pairs([
            ("Revision", result.shown("revision")),
            ("Engine", result.shown("engine")),
            ("Files", String(result.list("files").count)),
            ("Councils", result.shown("councils")),
        ])
        let defaultScheme = result.text("defaultScheme")
        var schemes = Table([("Scheme", .left), ("Status", .left), ("Title", .left)])
        for scheme in result.list("schemes") {
            let id = scheme.shown("id") + (scheme.text("id") == defaultScheme ? " (default)" : "")
            schemes.add([id, scheme.shown("status"), scheme.shown("title")])
        }
        text += "\n" + schemes.render(style: style, indent: "")
        text += "\n" + style.bold("Tables") + "\n"
        for table in result.list("tables") {
            text += "  " + style.bold(table.shown("id")) + "  " + table.shown("title") + describe(table) + "\n"
            for (period, statuses) in runs(table) {
                text += "    " + period + String(repeating: " ", count: max(1, 26 - period.count)) + statuses + "\n"
            }
            text += values(table).render(style: style, indent: "    ")
        }
        return text
    }

    /// Every dated row with its amounts: weekly rates by region and band, named amounts, or index values.
    static func values(_ table: JSONValue) -> Table {
        func label(_ row: JSONValue) -> String {
            row.text("period") ?? periodLabel(row.text("effective"), row.text("until"))
        }
        switch table.text("kind") {
        case "weekly-rates":
            let bands = table.list("bands").compactMap { value -> String? in
                if case .string(let band) = value { return band }
                return nil
            }
            let regional = !table.list("regions").isEmpty
            var grid = Table([("Period", .left)] + (regional ? [("Region", .left)] : []) + [("Status", .left)] + bands.map { ($0, .right) })
            for row in table.list("values") {
                let rates = bands.map { band in row["rates"]?.text(band).flatMap(pounds) ?? "—" }
                let status = row.shown("status") + (row.text("paysTable").map { ", pays \($0)" } ?? "")
                grid.add([label(row)] + (regional ? [row.text("region") ?? "all"] : []) + [status] + rates)
            }
            return grid
        case "amounts":
            let fields = table.list("fields").compactMap { value -> String? in
                if case .string(let field) = value { return field }
                return nil
            }
            var grid = Table([("Period", .left), ("Status", .left)] + fields.map { ($0, .right) })
            for row in table.list("values") {
                grid.add([label(row), row.shown("status")] + fields.map { field in row["amounts"]?.text(field).flatMap(pounds) ?? "—" })
            }
            return grid
        default:
            var grid = Table([("Period", .left), ("Rate %", .right), ("Status", .left)])
            for row in table.list("values") {
                grid.add([label(row), row.shown("rate"), row.shown("status")])
            }
            return grid
        }
    }

    /// `206.00` as `£206.00`.
    static func pounds(_ text: String) -> String? {
        (try? Money(parsing: text))?.formatted
    }

    /// What kind of table it is, e.g. ` (weekly rates; E10000016; bands under-2, 2-4, …)`.
    static func describe(_ table: JSONValue) -> String {
        var parts: [String] = []
        switch table.text("kind") {
        case "weekly-rates": parts.append("weekly rates")
        case "amounts": parts.append("amounts")
        case "index-series": parts.append("index")
        default: break
        }
        if let council = table.text("localAuthority") { parts.append("council \(council)") }
        let bands = table.list("bands").compactMap { value -> String? in
            if case .string(let band) = value { return band }
            return nil
        }
        if !bands.isEmpty { parts.append("bands " + bands.joined(separator: ", ")) }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
    }

    /// The table's periods, each with its statuses, consecutive periods with the same statuses joined.
    static func runs(_ table: JSONValue) -> [(String, String)] {
        var periods: [(first: String, last: String, statuses: String)] = []
        for (label, statuses) in periodStatuses(table) {
            if let last = periods.last, last.statuses == statuses {
                periods[periods.count - 1].last = label
            } else {
                periods.append((label, label, statuses))
            }
        }
        return periods.map { ($0.first == $0.last ? $0.first : "\($0.first) to \($0.last)", $0.statuses) }
    }

    /// Each period's label (a financial year where the row is one) and its statuses by region.
    static func periodStatuses(_ table: JSONValue) -> [(String, String)] {
        var order: [String] = []
        var byPeriod: [String: [(region: String?, status: String)]] = [:]
        for value in table.list("values") {
            let label: String
            if let period = value.text("period") {
                label = period
            } else {
                label = periodLabel(value.text("effective"), value.text("until"))
            }
            if byPeriod[label] == nil { order.append(label) }
            byPeriod[label, default: []].append((value.text("region"), value.shown("status")))
        }
        return order.map { label in
            let entries = byPeriod[label] ?? []
            let statuses = Set(entries.map(\.status))
            if statuses.count == 1, let status = statuses.first { return (label, status) }
            return (label, entries.map { "\($0.region ?? "all") \($0.status)" }.joined(separator: ", "))
        }
    }

    /// `2025-26` for a row from 1 April to 31 March, else `2023-04-01 to 2024-04-30` (or `from …`).
    static func periodLabel(_ effective: String?, _ until: String?) -> String {
        guard let effective, let start = CalendarDate(effective) else { return "?" }
        if let until, let end = CalendarDate(until) {
            if start.month == 4, start.day == 1, end.month == 3, end.day == 31, end.year == start.year + 1 {
                return FinancialYear(containing: start).description
            }
            return "\(effective) to \(until)"
        }
        return "from \(effective)"
    }
}
