/// A loaded, validated rule book: every rate, amount, age limit and index, with sources and statuses.
public final class RuleBook: Sendable {
    /// The rule book's own version string (from `rulebook.json`).
    public let version: String
    /// The rule book's title.
    public let title: String
    /// The SHA-256 revision; see `RuleBook.revision(of:)`.
    public let revision: String
    /// The files read, in byte order of name, each with its SHA-256.
    public let files: [(name: String, sha256: String)]
    /// The schemes, in file order.
    public let schemes: [Scheme]
    /// The scheme used when a request names none.
    public let defaultScheme: Scheme
    /// The two schemes `compare` uses when a request names none, first and second.
    public let comparedSchemes: (first: Scheme, second: Scheme)
    /// The weekly rate tables by id.
    public let rateTables: [String: WeeklyRateTable]
    /// The amount tables by id.
    public let amountTables: [String: AmountTable]
    /// The index series by id.
    public let indexSeries: [String: IndexSeries]
    /// The councils.
    public let councils: CouncilDirectory
    /// The files it was loaded from, to make independent copies.
    let sourceFiles: [(name: String, bytes: [UInt8])]
    /// All regions named by national tables, in first-seen order (tables by id).
    public let regions: [String]
    /// Council tables by "code purpose".
    private let councilTables: [String: WeeklyRateTable]

    /// Makes a rule book from checked parts.
    init(version: String, title: String, revision: String, files: [(name: String, sha256: String)], schemes: [Scheme],
         defaultScheme: Scheme, comparedSchemes: (Scheme, Scheme), rateTables: [String: WeeklyRateTable], amountTables: [String: AmountTable],
         indexSeries: [String: IndexSeries], councils: CouncilDirectory,
         sourceFiles: [(name: String, bytes: [UInt8])]) {
        self.version = version
        self.title = title
        self.revision = revision
        self.files = files
        self.schemes = schemes
        self.defaultScheme = defaultScheme
        self.comparedSchemes = comparedSchemes
        self.rateTables = rateTables
        self.amountTables = amountTables
        self.indexSeries = indexSeries
        self.councils = councils
        self.sourceFiles = sourceFiles
        var regions: [String] = []
        var councilTables: [String: WeeklyRateTable] = [:]
        for table in rateTables.values.sorted(by: { $0.id < $1.id }) {
            for region in table.regions where !regions.contains(region) { regions.append(region) }
            if let code = table.localAuthority {
                let key = code + " " + table.purpose.rawValue
                if councilTables[key] == nil { councilTables[key] = table }
            }
        }
        self.regions = regions
        self.councilTables = councilTables
    }

    /// A copy that shares no storage with this one (loaded again from the same files), so that
    /// threads working on their own copies never contend on reference counts.
    package func independentCopy() -> RuleBook {
        (try? RuleBook.load(files: sourceFiles.map { ($0.name, Array($0.bytes)) })) ?? self
    }

    /// The scheme with an id, if any.
    public func scheme(_ id: String) -> Scheme? {
        schemes.first { $0.id == id }
    }

    /// A council's own table for a purpose, if the rule book holds one.
    public func councilTable(for code: String, purpose: RatePurpose) -> WeeklyRateTable? {
        councilTables[code + " " + purpose.rawValue]
    }
}
