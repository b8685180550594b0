import Entitlements

/// Money and dates as a spreadsheet writes them in a finance file.
enum SpreadsheetValue {
    /// `1234.56`, `-12.00`, `£1,234.56` or `1,234.56` (thousands separators only in threes).
    static func money(_ text: String) -> Money? {
        var body = Substring(text.trimmingSpaces)
        var negative = false
        if body.hasPrefix("-") {
            negative = true
            body = body.dropFirst()
        }
        if body.hasPrefix("£") { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first else { return nil }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let plain = groups.joined() + (parts.count == 2 ? "." + parts[1] : "")
        guard let amount = try? Money(parsing: plain) else { return nil }
        return negative ? Money(pence: -amount.pence) : amount
    }

    /// `2026-04-01` or `01/04/2026` (day first, as in England).
    static func date(_ text: String) -> CalendarDate? {
        let body = text.trimmingSpaces
        if let date = CalendarDate(body) { return date }
        let parts = body.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }
}
