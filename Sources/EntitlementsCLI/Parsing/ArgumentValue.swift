import Entitlements

/// A checked, typed option value.
public enum ArgumentValue: Sendable, Equatable {
    /// A flag that was given.
    case flag
    /// A calendar date.
    case date(CalendarDate)
    /// An amount of money.
    case money(Money)
    /// Text: a string, a path or a chosen word.
    case text(String)
    /// A whole number.
    case integer(Int)
    /// Words from a comma-separated list.
    case list([String])
}
