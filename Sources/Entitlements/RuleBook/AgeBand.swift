/// An age band of a rate table, inclusive of both ages (e.g. 11 to 15).
public struct AgeBand: Sendable, Equatable {
    /// The band's id as written in the rule book, e.g. `11-15`.
    public let id: String
    /// The youngest age in the band.
    public let fromAge: Int
    /// The oldest age in the band, or nil for no upper age.
    public let toAge: Int?

    /// Whether someone of `age` falls in the band.
    public func contains(_ age: Int) -> Bool {
        age >= fromAge && (toAge.map { age <= $0 } ?? true)
    }
}
