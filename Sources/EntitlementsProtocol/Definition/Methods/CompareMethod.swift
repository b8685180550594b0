import Entitlements

/// `compare`: one entitlement under two schemes.
enum CompareMethod {
    /// The definition.
    static let definition = MethodDefinition(
        .compare, summary: "one entitlement under two schemes side by side, with the difference (what the reform costs)",
        params: [
            Param(.method, .choice(Method.entitlements.map(\.rawValue)), required: true, help: "the entitlement method to compare"),
            Param(.params, .object([]), required: true, help: "the compared method's params, without scheme"),
            Param(.schemes, .names(count: 2),
                  help: "the two schemes to compare, first and second; default: the rule book's pair (`compare` in its schemes file, shown by rules.describe)"),
        ],
        result: ResultSchema.compare)
}
