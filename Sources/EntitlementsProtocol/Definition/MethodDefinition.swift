import Entitlements

/// One protocol method, declared once: its name, what it computes, its params and how its request
/// is decoded. The general decoder, the fast path's keys, the command line's options and the JSON
/// Schemas all come from this.
public struct MethodDefinition: Sendable {
    /// The method.
    public let method: Method
    /// One line: what it computes.
    public let summary: String
    /// Its params, in the order help and messages list them.
    public let params: [Param]
    /// The JSON Schema of its result.
    public let resultSchema: JSONValue
    /// The keys the general path accepts.
    let keyNames: [String]
    /// The keys the fast path accepts.
    let fastKeys: FlatParams.Keys
    /// The entitlement request read by the general path, for the methods that compute one entitlement.
    let request: (@Sendable (FieldObject) throws(FieldError) -> EntitlementRequest)?
    /// The same request read by the fast path.
    let fastRequest: (@Sendable (FlatParams) throws(FlatParams.Decline) -> EntitlementRequest)?
    /// The same request read from a CSV caseload row's cells.
    let caseloadRequest: (@Sendable (CaseloadCells) throws(CaseloadRequest.Fault) -> EntitlementRequest)?

    /// Declares a method that is not one entitlement (its params are read by its own code).
    init(_ method: Method, summary: String, params: [Param], result: JSONValue) {
        self.method = method
        self.summary = summary
        self.params = params
        resultSchema = result
        keyNames = params.map(\.key.name)
        fastKeys = FlatParams.Keys(params)
        request = nil
        fastRequest = nil
        caseloadRequest = nil
    }

    /// Declares an entitlement method, whose request is read by one generic decoder.
    init<Request>(_ method: Method, summary: String, params: [Param], result: JSONValue,
                  wrap: @escaping @Sendable (Request) -> EntitlementRequest,
                  decode: @escaping @Sendable (FieldObject) throws(FieldError) -> Request,
                  fastDecode: @escaping @Sendable (FlatParams) throws(FlatParams.Decline) -> Request,
                  caseloadDecode: @escaping @Sendable (CaseloadCells) throws(CaseloadRequest.Fault) -> Request) {
        self.method = method
        self.summary = summary
        self.params = params
        resultSchema = result
        keyNames = params.map(\.key.name)
        fastKeys = FlatParams.Keys(params)
        request = { (object: FieldObject) throws(FieldError) -> EntitlementRequest in wrap(try decode(object)) }
        fastRequest = { (flat: FlatParams) throws(FlatParams.Decline) -> EntitlementRequest in wrap(try fastDecode(flat)) }
        caseloadRequest = { (cells: CaseloadCells) throws(CaseloadRequest.Fault) -> EntitlementRequest in wrap(try caseloadDecode(cells)) }
    }

    /// The param with this key, if the method has it.
    public func param(_ key: ParamKey) -> Param? {
        params.first { $0.key == key }
    }
}
