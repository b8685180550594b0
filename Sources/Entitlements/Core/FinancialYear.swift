/// An English financial year, 1 April to 31 March, written `2025-26`.
public struct FinancialYear: Hashable, Comparable, Sendable {
    /// The calendar year in which it starts.
    public let startYear: Int

    /// The financial year starting on 1 April of `startYear`.
    public init(startYear: Int) {
        self.startYear = startYear
    }

    /// The financial year that contains a date.
    public init(containing date: CalendarDate) {
        self.startYear = date.month >= 4 ? date.year : date.year - 1
    }

    /// Reads `2025-26` (the second part must be the following year's last two digits).
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isWholeNumber } }),
              let start = Int(parts[0]), let end = Int(parts[1]), (start + 1) % 100 == end else { return nil }
        self.startYear = start
    }

    /// The days of the year, or nil outside the supported calendar.
    public var range: DateRange? {
        guard let first = CalendarDate(year: startYear, month: 4, day: 1),
              let last = CalendarDate(year: startYear + 1, month: 3, day: 31) else { return nil }
        return DateRange(from: first, to: last)
    }

    /// The year after.
    public var next: FinancialYear { FinancialYear(startYear: startYear + 1) }

    /// Orders years in time.
    public static func < (lhs: FinancialYear, rhs: FinancialYear) -> Bool { lhs.startYear < rhs.startYear }
}

extension FinancialYear: CustomStringConvertible {
    /// The year as `2025-26`.
    public var description: String {
        if (1000...9999).contains(startYear) {
            let end = (startYear + 1) % 100
            return String(unsafeUninitializedCapacity: 7) { buffer in
                buffer[0] = UInt8(ascii: "0") + UInt8(startYear / 1000)
                buffer[1] = UInt8(ascii: "0") + UInt8(startYear / 100 % 10)
                buffer[2] = UInt8(ascii: "0") + UInt8(startYear / 10 % 10)
                buffer[3] = UInt8(ascii: "0") + UInt8(startYear % 10)
                buffer[4] = UInt8(ascii: "-")
                buffer[5] = UInt8(ascii: "0") + UInt8(end / 10)
                buffer[6] = UInt8(ascii: "0") + UInt8(end % 10)
                return 7
            }
        }
        let start = String(startYear)
        let end = (startYear + 1) % 100
        return String(repeating: "0", count: max(0, 4 - start.count)) + start + "-" + (end < 10 ? "0" : "") + String(end)
    }
}
