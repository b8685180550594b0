/// What a param's value must be.
public indirect enum ParamType: Sendable {
    /// A calendar date, `"YYYY-MM-DD"`.
    case date
    /// `true` or `false`.
    case bool
    /// An amount of money, not negative: a string with two decimals, or a number with at most two.
    case money
    /// Any text.
    case string
    /// Text that is not empty.
    case nonEmptyString
    /// One of these words.
    case choice([String])
    /// A whole number in this range.
    case integer(ClosedRange<Int>)
    /// An array of distinct words from this list.
    case choices([String])
    /// An object of these params.
    case object([Param])
    /// An array of exactly this many scheme names.
    case names(count: Int)
}
