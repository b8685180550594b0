import Entitlements

/// Dates written out for letters: `5 September 2025`, `Friday 5 September 2025`.
enum WrittenDate {
    /// The months' names, January first.
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                         "November", "December"]
    /// The weekdays' names, Monday first.
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    /// A known Monday (1 January 2024), to find any date's weekday.
    static let monday = CalendarDate(year: 2024, month: 1, day: 1)

    /// `5 September 2025`.
    static func text(_ date: CalendarDate) -> String {
        "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// `Friday 5 September 2025`.
    static func withWeekday(_ date: CalendarDate) -> String {
        guard let monday else { return text(date) }
        let offset = ((date.dayNumber - monday.dayNumber) % 7 + 7) % 7
        return weekdays[offset] + " " + text(date)
    }

    /// An ISO date in a result as written out, or the text unchanged when it is not a date.
    static func text(_ iso: String?) -> String {
        guard let iso, let date = CalendarDate(iso) else { return iso ?? "" }
        return text(date)
    }

    /// A sentence with every ISO date (`2025-09-03`) in it written out (`3 September 2025`).
    static func sentence(_ text: String) -> String {
        var out = ""
        var scalars = Array(text.unicodeScalars)[...]
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }
        while !scalars.isEmpty {
            if scalars.count >= 10, let date = CalendarDate(String(String.UnicodeScalarView(scalars.prefix(10)))),
               out.unicodeScalars.last.map({ !isDigit($0) }) ?? true,
               scalars.dropFirst(10).first.map({ !isDigit($0) }) ?? true {
                out += WrittenDate.text(date)
                scalars = scalars.dropFirst(10)
            } else if let first = scalars.first {
                out.unicodeScalars.append(first)
                scalars = scalars.dropFirst()
            }
        }
        return out
    }
}
