import Entitlements

/// What an option's value must be; the parser checks and converts it, naming the option on a fault.
public enum ValueKind: Sendable, Equatable {
    /// No value: the option is on when given.
    case flag
    /// A calendar date written `YYYY-MM-DD`.
    case date
    /// An amount of money such as `1234.50` (a leading `£` and thousands commas are accepted), not negative.
    case money
    /// Any non-empty text.
    case string
    /// A file or directory path.
    case path
    /// A whole number within the range.
    case integer(ClosedRange<Int>)
    /// One of a fixed set of words.
    case choice([String])
    /// Words separated by commas, e.g. `a,b`; exactly `count` of them when `count` is set.
    case list(count: Int?)

    /// The placeholder shown in help and usage, e.g. `DATE`.
    public var placeholder: String {
        switch self {
        case .flag: ""
        case .date: "DATE"
        case .money: "AMOUNT"
        case .string: "TEXT"
        case .path: "PATH"
        case .integer: "N"
        case .choice: "WORD"
        case .list: "A,B"
        }
    }

    /// Whether the option takes a value.
    public var takesValue: Bool { self != .flag }

    /// Converts the text given for `option` (e.g. `--dob`) into a typed value.
    public func convert(_ text: String, option: String) throws(UsageError) -> ArgumentValue {
        func invalid(_ what: String, _ suggestion: String? = nil) -> UsageError {
            UsageError(.invalidValue, "\(option): \"\(UsageError.clipped(text))\" \(what)", suggestion: suggestion)
        }
        switch self {
        case .flag:
            return .flag
        case .date:
            guard let date = CalendarDate(text) else { throw invalid("is not a date; write YYYY-MM-DD") }
            return .date(date)
        case .money:
            return .money(try ValueKind.money(text, invalid: invalid))
        case .string, .path:
            guard !text.isEmpty else { throw UsageError(.invalidValue, "\(option): the value is empty") }
            return .text(text)
        case .integer(let range):
            let wanted = "write a whole number from \(range.lowerBound) to \(range.upperBound)"
            guard text.count <= 18, let number = Int(text) else { throw invalid("is not a whole number; \(wanted)") }
            guard range.contains(number) else { throw invalid("is out of range; \(wanted)") }
            return .integer(number)
        case .choice(let words):
            guard words.contains(text) else {
                let nearest = EditDistance.nearest(to: text, in: words)
                throw invalid("is not one of \(words.joined(separator: ", "))", nearest.map { "did you mean \($0)?" })
            }
            return .text(text)
        case .list(let count):
            let items = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0) }
            if items.contains(where: \.isEmpty) || (count.map { items.count != $0 } ?? false) {
                let how = count.map { "give \($0) names separated by commas" } ?? "give names separated by commas"
                throw invalid("is not a list; \(how), e.g. a,b")
            }
            return .list(items)
        }
    }

    /// Reads money as people write it: `1234.50`, `1,234.50`, `£1,234.50`.
    static func money(_ text: String, invalid: (String, String?) -> UsageError) throws(UsageError) -> Money {
        var plain = Substring(text)
        if plain.hasPrefix("£") { plain = plain.dropFirst() }
        if plain.contains(",") {
            let whole = plain.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
            let grouped = groups.count > 1 && (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
            guard grouped else { throw invalid("is not an amount of money; write pounds and pence such as 1234.50", nil) }
            plain = Substring(plain.filter { $0 != "," })
        }
        let amount: Money
        do {
            amount = try Money(parsing: plain)
        } catch {
            switch error {
            case .notAnAmount: throw invalid("is not an amount of money; write pounds and pence such as 1234.50", nil)
            case .tooManyDecimals: throw invalid("has more than two decimals; amounts are exact to the penny, such as 1234.50", nil)
            case .tooLarge: throw invalid("is over the £1,000,000,000 limit", nil)
            }
        }
        guard amount.pence >= 0 else { throw invalid("is negative; give an amount of zero or more", nil) }
        return amount
    }
}
