/// A children's-services council: its code, name and the NMA region its carers are paid in.
public struct Council: Sendable, Equatable {
    /// The local-authority code, e.g. `E09000007`.
    public let code: String
    /// The name as the DfE lookup writes it.
    public let name: String
    /// The ONS region, e.g. `London`.
    public let onsRegion: String
    /// The NMA region: `london`, `south-east` or `rest-of-england`.
    public let region: String
    /// Other accepted names.
    public let aliases: [String]
    /// The council's pay-day rule, the default for its schedules (a request's rule overrides it), if the rule book gives one.
    public var payDay: PayDayRule? = nil
}

/// A local-authority code that has been replaced, still accepted in requests.
public struct FormerCode: Sendable, Equatable {
    /// The old code.
    public let code: String
    /// The old council's name.
    public let name: String
    /// The codes of the councils that replaced it.
    public let replacedBy: [String]
    /// When the change happened, as the source says it (e.g. `April 2023`).
    public let when: String
    /// Where the change is recorded.
    public let source: String
}
