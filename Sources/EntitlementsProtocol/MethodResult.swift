import Entitlements

/// The typed result of one method call, before it is written as the protocol's JSON.
public enum MethodResult: Sendable {
    /// One entitlement under one scheme.
    case entitlement(EntitlementKind, EntitlementResult, scheme: Scheme)
    /// `assess`.
    case assessment(Assessment)
    /// `compare`.
    indirect case comparison(Comparison)
    /// `rules.describe` or `rpc.discover`, already a JSON value.
    case rules(JSONValue)
}
