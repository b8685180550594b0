extension CalendarDate {
    /// Reads a date written exactly as `YYYY-MM-DD`, or nil if the text is not such a date or the date does not exist.
    public init?(_ text: some StringProtocol) {
        self.init(iso: Array(text.utf8))
    }

    /// Reads a `YYYY-MM-DD` date from UTF-8 bytes.
    public init?(iso bytes: [UInt8]) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        var fields = [0, 0, 0]
        for (field, range) in [(0, 0..<4), (1, 5..<7), (2, 8..<10)] {
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                fields[field] = fields[field] * 10 + Int(byte - UInt8(ascii: "0"))
            }
        }
        self.init(year: fields[0], month: fields[1], day: fields[2])
    }

    /// The date as `YYYY-MM-DD`.
    public var isoText: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }
}

extension CalendarDate: CustomStringConvertible {
    /// The date as `YYYY-MM-DD`.
    public var description: String { isoText }
}
