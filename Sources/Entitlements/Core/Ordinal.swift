/// The suffix of a number's English ordinal ("st", "nd", "rd" or "th"): 18 → "th", 21 → "st".
func ordinalSuffix(_ number: Int) -> StaticString {
    switch (number % 10, number % 100) {
    case (_, 11...13): return "th"
    case (1, _): return "st"
    case (2, _): return "nd"
    case (3, _): return "rd"
    default: return "th"
    }
}
