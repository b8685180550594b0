extension CalendarDate {
    /// Reads a date written exactly as `YYYY-MM-DD`, or nil if the text is not such a date or the date does not exist.
    public init?(_ text: some StringProtocol) {
        var text = String(text)
        guard let date = text.withUTF8({ CalendarDate.parse($0) }) else { return nil }
        self = date
    }

    /// Reads a `YYYY-MM-DD` date from UTF-8 bytes.
    public init?(iso bytes: [UInt8]) {
        guard let date = bytes.withUnsafeBufferPointer({ CalendarDate.parse($0) }) else { return nil }
        self = date
    }

    /// Reads a `YYYY-MM-DD` date from UTF-8 bytes, or nil.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
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
