/// What a weekly rate table pays for.
public enum RatePurpose: String, Sendable, CaseIterable {
    /// Fostering allowances (the NMA, or a council's own fostering table).
    case fostering
    /// A council's Staying Put rate for former foster carers.
    case stayingPut = "staying-put"
    /// A council's Staying Close rate.
    case stayingClose = "staying-close"
}

/// A table of weekly rates by age band (and by region for a national table), dated by row.
public struct WeeklyRateTable: Sendable {
    /// The table's id, e.g. `nma` or `kent-fostering`.
    public let id: String
    /// The table's title.
    public let title: String
    /// What the rates pay for.
    public let purpose: RatePurpose
    /// The council whose own table this is, or nil for a national table.
    public let localAuthority: String?
    /// The regions of a national table (empty for a council table).
    public let regions: [String]
    /// The age bands, youngest first, with no gaps or overlaps.
    public let bands: [AgeBand]
    /// The table's source.
    public let source: String
    /// The rows: one weekly rate per band.
    public let rows: DatedRows<[Money]>

    /// The band containing `age`, with its index, if any.
    public func band(forAge age: Int) -> (index: Int, band: AgeBand)? {
        for (index, band) in bands.enumerated() where band.contains(age) { return (index, band) }
        return nil
    }

    /// The band with `id`, with its index, if any.
    public func band(id: String) -> (index: Int, band: AgeBand)? {
        for (index, band) in bands.enumerated() where band.id == id { return (index, band) }
        return nil
    }

    /// The row key for a region: the region in a national table, nil in a council table.
    public func rowRegion(_ region: String) -> String? {
        localAuthority == nil ? region : nil
    }
}
