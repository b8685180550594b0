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
        String(unsafeUninitializedCapacity: 16) { buffer in
            var index = 0
            func put(_ value: Int, _ width: Int) {
                var divisor = 1
                for _ in 1..<width { divisor *= 10 }
                var rest = value
                if rest >= divisor * 10 {  // a year past 9999 cannot be made; keep every digit anyway
                    for character in String(rest).utf8 { buffer[index] = character; index += 1 }
                    return
                }
                while divisor > 0 {
                    buffer[index] = 0x30 + UInt8(rest / divisor)
                    index += 1
                    rest %= divisor
                    divisor /= 10
                }
            }
            put(year, 4)
            buffer[index] = 0x2D; index += 1
            put(month, 2)
            buffer[index] = 0x2D; index += 1
            put(day, 2)
            return index
        }
    }
}

extension CalendarDate: CustomStringConvertible {
    /// The date as `YYYY-MM-DD`.
    public var description: String { isoText }
}
