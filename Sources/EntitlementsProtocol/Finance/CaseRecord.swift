import Entitlements

/// One case of a caseload: its reference, the people named, and the request that computes what it is owed.
public struct CaseRecord: Sendable, Equatable {
    /// The case reference (the line's `caseRef`, else its params' `caseRef`, else the request id).
    public let caseRef: String
    /// Who is paid (the carer), if given.
    public let payee: String?
    /// The child's or young person's name, if given.
    public let name: String?
    /// The method.
    public let method: Method
    /// The params, without the case members (`caseRef`, `payee`, `name`), which never reach the engine.
    public let params: JSONValue
    /// The line of the caseload it was read from.
    public let line: Int

    /// The case members a caseload line may carry at its top level or in its params.
    public static let caseMembers = ["caseRef", "payee", "name"]

    /// The same case with other params (e.g. a statement's year as `from` and `to`).
    public func with(params: JSONValue) -> CaseRecord {
        CaseRecord(caseRef: caseRef, payee: payee, name: name, method: method, params: params, line: line)
    }
}
