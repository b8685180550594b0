extension Money {
    /// Why a piece of text is not an amount of money.
    public enum ParseFailure: Error, Sendable, Equatable {
        /// Not of the form `1234`, `1234.5` or `1234.50`.
        case notAnAmount
        /// More than two decimal places.
        case tooManyDecimals
        /// Larger than `Money.inputLimit` in size.
        case tooLarge
    }

    /// Reads money written as `1234`, `1234.5`, `1234.50` or `-12.00` (at most two decimals,
    /// no exponent, no thousands separators), exactly, from its characters.
    public init(parsing text: some StringProtocol) throws(ParseFailure) {
        try self.init(parsingUTF8: Array(text.utf8))
    }

    /// Reads money from UTF-8 bytes; see `init(parsing:)`.
    package init(parsingUTF8 bytes: [UInt8]) throws(ParseFailure) {
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        var pounds: Int64 = 0
        var integerDigits = 0
        while index < bytes.count, let digit = Money.digit(bytes[index]) {
            if integerDigits > 0, pounds == 0 { throw .notAnAmount }  // leading zero such as "01"
            pounds = pounds * 10 + digit
            integerDigits += 1
            if integerDigits > 12 { throw .tooLarge }
            index += 1
        }
        guard integerDigits > 0 else { throw .notAnAmount }
        var fraction: Int64 = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var decimals = 0
            while index < bytes.count, let digit = Money.digit(bytes[index]) {
                decimals += 1
                if decimals > 2 { throw .tooManyDecimals }
                fraction = fraction * 10 + digit
                index += 1
            }
            guard decimals > 0 else { throw .notAnAmount }
            if decimals == 1 { fraction *= 10 }
        }
        guard index == bytes.count else { throw .notAnAmount }
        let magnitude = pounds * 100 + fraction
        guard magnitude <= Money.inputLimit.pence else { throw .tooLarge }
        self.init(pence: negative ? -magnitude : magnitude)
    }

    private static func digit(_ byte: UInt8) -> Int64? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int64(byte - UInt8(ascii: "0")) : nil
    }

    /// The amount as protocol text: two decimals, no separators, `-` for negatives (`"1234.50"`).
    public var decimalText: String {
        let magnitude = pence.magnitude
        let pounds = magnitude / 100
        let pennies = magnitude % 100
        return (pence < 0 ? "-" : "") + String(pounds) + (pennies < 10 ? ".0" : ".") + String(pennies)
    }

    /// The amount for people: `£1,234.50`, or `-£1,234.50`.
    public var formatted: String {
        String(unsafeUninitializedCapacity: Self.longestFormatted) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            return writeFormatted(to: base)
        }
    }

    /// The most bytes `writeFormatted(to:)` writes: a sign, "£" (two bytes), 19 digits with 6
    /// commas, a point and two digits.
    static let longestFormatted = 32

    /// Writes the amount for people (`£1,234.50`) at `cursor`, from the end once the length is
    /// known; returns the number of bytes (at most `longestFormatted`).
    func writeFormatted(to cursor: UnsafeMutablePointer<UInt8>) -> Int {
        let magnitude = pence.magnitude
        var digits = 1
        var rest = magnitude / 100
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        let length = (pence < 0 ? 1 : 0) + 2 + digits + (digits - 1) / 3 + 3
        var index = length
        func put(_ byte: UInt8) {
            index -= 1
            cursor[index] = byte
        }
        put(UInt8(ascii: "0") + UInt8(magnitude % 10))
        put(UInt8(ascii: "0") + UInt8(magnitude / 10 % 10))
        put(UInt8(ascii: "."))
        var pounds = magnitude / 100
        var written = 0
        repeat {
            if written > 0, written % 3 == 0 { put(UInt8(ascii: ",")) }
            put(UInt8(ascii: "0") + UInt8(pounds % 10))
            pounds /= 10
            written += 1
        } while pounds > 0
        put(0xA3)  // "£" is C2 A3 in UTF-8
        put(0xC2)
        if pence < 0 { put(UInt8(ascii: "-")) }
        return length
    }
}

extension Money: CustomStringConvertible {
    /// The protocol text, e.g. `1234.50`.
    public var description: String { decimalText }
}
