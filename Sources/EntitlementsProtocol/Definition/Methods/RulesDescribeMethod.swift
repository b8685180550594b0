/// `rules.describe`: the rule book's revision, schemes and tables.
enum RulesDescribeMethod {
    /// The definition.
    static let definition = MethodDefinition(
        .rulesDescribe, summary: "the rule book's revision, version, schemes and tables, with their dates, statuses and sources",
        params: [], result: ResultSchema.rulesDescribe)
}
