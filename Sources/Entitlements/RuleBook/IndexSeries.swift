/// A percentage rate written exactly as in the rule book, e.g. `10.1` or `-0.1`.
public struct PercentRate: Sendable, Equatable {
    /// The text as written.
    public let text: String
    /// The rate as an exact fraction of one: `numerator / denominator` (10.1% is 101 / 1000).
    public let numerator: Int64
    /// The denominator of the fraction (a power of ten times 100).
    public let denominator: Int64

    /// Reads `-12.3456` style text (at most four decimals, magnitude below 1000), or nil.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { index = 1 }
        var value: Int64 = 0
        var digits = 0
        var decimals = -1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "."), decimals < 0, digits > 0 {
                decimals = 0
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
                digits += 1
                if decimals >= 0 { decimals += 1 }
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0, digits - max(decimals, 0) <= 3, decimals != 0, decimals <= 4 else { return nil }
        var denominator: Int64 = 100
        for _ in 0..<max(decimals, 0) { denominator *= 10 }
        self.text = text
        self.numerator = negative ? -value : value
        self.denominator = denominator
    }
}

/// A series of monthly index rates (e.g. the September CPI 12-month rate).
public struct IndexSeries: Sendable {
    /// One month's rate.
    public struct Entry: Sendable {
        /// The year of the month.
        public let year: Int
        /// The month, 1 to 12.
        public let month: Int
        /// The rate.
        public let rate: PercentRate
        /// The value's status.
        public let status: ValueStatus
        /// Where the value comes from.
        public let source: String
        /// Remarks, e.g. how an estimate was made.
        public let note: String?
    }

    /// The series' id, e.g. `cpi-september`.
    public let id: String
    /// The series' title.
    public let title: String
    /// The entries in ascending order.
    public let entries: [Entry]

    /// The entry for a month, if recorded.
    public func entry(year: Int, month: Int) -> Entry? {
        entries.first { $0.year == year && $0.month == month }
    }
}
