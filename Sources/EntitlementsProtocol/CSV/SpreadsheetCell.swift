import Entitlements

/// One caseload cell read as the value of a param, by the param's type: spreadsheet spellings are
/// accepted where they are unambiguous (`DD/MM/YYYY` dates, `£1,234.50`, `TRUE`/`Yes`, `SGO`,
/// `Rest of England`), and the value becomes what a JSON request would hold.
enum SpreadsheetCell {
    /// Why a cell was refused: what was wrong and what to write instead.
    struct Refusal: Error {
        let message: String
    }

    /// The JSON value of a non-empty cell for `param`.
    static func value(_ cell: String, for param: Param) throws(Refusal) -> JSONValue {
        switch param.type {
        case .date: return .string(try date(cell))
        case .money: return .string(try money(cell))
        case .bool: return .bool(try bool(cell))
        case .string, .nonEmptyString: return .string(param.key == .region ? hyphenated(cell) : cell)
        case .integer(let range): return .number(try integer(cell, in: range))
        case .choice(let allowed):
            if param.key == .order { return .string(try order(cell, allowed)) }
            return .string(try choice(cell, allowed))
        case .choices(let allowed):
            var words: [JSONValue] = []
            for part in Self.parts(cell) { words.append(.string(try choice(part, allowed))) }
            return .array(words)
        case .object, .names:
            throw Refusal(message: "cannot be given in one cell")
        }
    }

    /// A date as `YYYY-MM-DD`, from `YYYY-MM-DD` or `DD/MM/YYYY` (`D/M/YYYY` too).
    static func date(_ cell: String) throws(Refusal) -> String {
        try calendarDate(cell).isoText
    }

    /// The date of a cell written `YYYY-MM-DD` or `DD/MM/YYYY` (`D/M/YYYY` too).
    static func calendarDate(_ cell: String) throws(Refusal) -> CalendarDate {
        if let date = CalendarDate(cell) { return date }
        let refusal = Refusal(message: "\"\(JSONField.clipped(cell))\" is not a date: write DD/MM/YYYY (e.g. 03/09/2025) or YYYY-MM-DD (2025-09-03)")
        let parts = cell.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw refusal }
        guard parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }) else {
            throw refusal
        }
        func padded(_ part: Substring) -> String { part.count == 1 ? "0" + part : String(part) }
        let iso = "\(parts[2])-\(padded(parts[1]))-\(padded(parts[0]))"
        guard let date = CalendarDate(iso) else {
            throw Refusal(message: "\"\(JSONField.clipped(cell))\" is not a day of the calendar (read as DD/MM/YYYY: \(iso)); check the day and month")
        }
        return date
    }

    /// An amount as digits with at most two decimals, from text that may start with `£` and group
    /// thousands with commas (`£1,234.50`).
    static func money(_ cell: String) throws(Refusal) -> String {
        var text = Substring(cell)
        if text.hasPrefix("£") { text = text.dropFirst().drop { $0 == " " } }
        let whole = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let refusal = Refusal(message: "\"\(JSONField.clipped(cell))\" is not an amount: write pounds and pence, e.g. 1234.50, 1,234.50 or £1,234.50")
        guard let pounds = whole.first, !pounds.isEmpty else { throw refusal }
        if pounds.contains(",") {
            let groups = pounds.split(separator: ",", omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { throw refusal }
        }
        let digits = pounds.filter { $0 != "," } + (whole.count == 2 ? "." + whole[1] : "")
        guard (try? Money(parsing: digits)) != nil else { throw refusal }
        return String(digits)
    }

    /// The amount of a cell written as `money` reads it, not negative.
    static func amount(_ cell: String) throws(Refusal) -> Money {
        let digits = try money(cell)
        guard let amount = try? Money(parsing: digits) else {
            throw Refusal(message: "\"\(JSONField.clipped(cell))\" is not an amount: write pounds and pence, e.g. 1234.50, 1,234.50 or £1,234.50")
        }
        if amount.pence < 0 { throw Refusal(message: "\"\(JSONField.clipped(cell))\" is negative; an amount of zero or more is expected") }
        return amount
    }

    /// `TRUE`/`FALSE`, `Yes`/`No`, `Y`/`N`, in any case.
    static func bool(_ cell: String) throws(Refusal) -> Bool {
        switch cell.lowercased() {
        case "true", "yes", "y": return true
        case "false", "no", "n": return false
        default: throw Refusal(message: "\"\(JSONField.clipped(cell))\" is not true or false: write TRUE or FALSE (or Yes or No)")
        }
    }

    /// A whole number in `range`, as JSON writes it.
    static func integer(_ cell: String, in range: ClosedRange<Int>) throws(Refusal) -> String {
        String(try wholeNumber(cell, in: range))
    }

    /// A whole number in `range`.
    static func wholeNumber(_ cell: String, in range: ClosedRange<Int>) throws(Refusal) -> Int {
        guard let number = Int(cell), range.contains(number) else {
            throw Refusal(message: "\"\(JSONField.clipped(cell))\" is not a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// The words of a list cell, separated by `;` or `,`, trimmed, empty ones left out.
    static func parts(_ cell: String) -> [String] {
        cell.split(whereSeparator: { $0 == ";" || $0 == "," }).map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
    }

    /// One of `allowed`, in any case, with spaces or underscores for hyphens (`Rest of England`).
    static func choice(_ cell: String, _ allowed: [String]) throws(Refusal) -> String {
        if allowed.contains(cell) { return cell }
        let hyphenated = hyphenated(cell)
        if allowed.contains(hyphenated) { return hyphenated }
        throw Refusal(message: "\"\(JSONField.clipped(cell))\" is not one of: \(allowed.joined(separator: ", "))")
    }

    /// A word as ids are written: lower case, hyphens for spaces and underscores (`Rest of England`
    /// is `rest-of-england`); the rule book's regions are read so, the engine refusing any other.
    static func hyphenated(_ cell: String) -> String {
        // Already an id (the usual case): as it is, without the work below.
        var plain = true, previous = UInt8(ascii: "-")
        for byte in cell.utf8 {
            let letter = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            // Lower-case words joined by single hyphens, not starting with one.
            if !letter && (byte != UInt8(ascii: "-") || previous == UInt8(ascii: "-")) {
                plain = false
                break
            }
            previous = byte
        }
        if plain, previous != UInt8(ascii: "-") { return cell }
        return cell.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined(separator: "-")
    }

    /// A kinship order, by id or by a spreadsheet spelling.
    static func order(_ cell: String, _ allowed: [String]) throws(Refusal) -> String {
        if allowed.contains(cell) { return cell }
        if let order = KinshipOrder(spelling: cell) { return order.rawValue }
        throw Refusal(message: "\"\(JSONField.clipped(cell))\" is not an order this tool knows: write one of \(allowed.joined(separator: ", ")) "
                      + "or a name such as \(KinshipOrder.spellingExamples)")
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingCharacters() -> String {
        var whole = String(self)
        let untrimmed = whole.withUTF8 { utf8 in
            guard let first = utf8.first, let last = utf8.last else { return true }
            return first != UInt8(ascii: " ") && first != UInt8(ascii: "\t") && last != UInt8(ascii: " ") && last != UInt8(ascii: "\t")
        }
        if untrimmed { return whole }
        var text = Substring(whole)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
