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
public final class WeeklyRateTable: Sendable {
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
    /// The source, escaped for JSON once (`Citation`).
    let citation: Citation
    /// The rows: one weekly rate per band.
    public let rows: DatedRows<[Money]>
    /// For each band, the end of the sentence that says it applies ("the 5–10 band of … applies.").
    let bandPhrases: [String]
    /// The rows on whose dates a council pays a national table instead of its own rates, with that
    /// table's id (`"paysTable"` in the file).
    private let paysNational: [ObjectIdentifier: String]

    /// Makes a table.
    init(id: String, title: String, purpose: RatePurpose, localAuthority: String?, regions: [String],
         bands: [AgeBand], source: String, rows: DatedRows<[Money]>, paysNational: [ObjectIdentifier: String] = [:]) {
        self.id = id
        self.title = title
        self.purpose = purpose
        self.localAuthority = localAuthority
        self.regions = regions
        self.bands = bands
        self.source = source
        citation = Citation(source)
        self.rows = rows
        self.paysNational = paysNational
        self.bandPhrases = bands.map { band in
            "the \(band.id.split(separator: "-", omittingEmptySubsequences: false).joined(separator: "–")) band of \(title) applies."
        }
    }

    /// The sentence ending for the band with `id` ("the 11–15 band of … applies.").
    func bandPhrase(_ id: String?) -> String? {
        guard let id, let index = band(id: id)?.index else { return nil }
        return bandPhrases[index]
    }

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

    /// The national table a council pays on a row's dates instead of its own rates, if the row says so.
    public func paidTable(of row: DatedRow<[Money]>) -> String? {
        paysNational[ObjectIdentifier(row)]
    }

    /// The ids of the national tables the rows say the council pays.
    var paidTables: Set<String> { Set(paysNational.values) }

    /// The row key for a region: the region in a national table, nil in a council table.
    public func rowRegion(_ region: String) -> String? {
        localAuthority == nil ? region : nil
    }
}
