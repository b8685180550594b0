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
    /// The entitlement it computes, for the methods that compute one (nil for those that combine or describe).
    public let kind: EntitlementKind?
    /// The entitlement request read by the general path, for the methods that compute one entitlement.
    let request: (@Sendable (FieldObject) throws(FieldError) -> any EntitlementRequest)?
    /// The same request read by the fast path.
    let fastRequest: (@Sendable (FlatParams) throws(FlatParams.Decline) -> any EntitlementRequest)?
    /// The fast path's request decoded and computed at once, with no boxed request between (nil on any failure).
    let fastResult: (@Sendable (FlatParams, Engine, Scheme) -> EntitlementResult?)?
    /// The same request read from a CSV caseload row's cells.
    let caseloadRequest: (@Sendable (CaseloadCells) throws(CaseloadRequest.Fault) -> any EntitlementRequest)?

    /// Declares a method that is not one entitlement (its params are read by its own code).
    init(_ method: Method, summary: String, params: [Param], result: JSONValue) {
        self.method = method
        self.summary = summary
        self.params = params
        resultSchema = result
        keyNames = params.map(\.key.name)
        fastKeys = FlatParams.Keys(params)
        kind = nil
        request = nil
        fastRequest = nil
        fastResult = nil
        caseloadRequest = nil
    }

    /// Declares an entitlement method, whose request is read by one generic decoder.
    init<Request: EntitlementRequest>(_ method: Method, summary: String, params: [Param], result: JSONValue,
                  decode: @escaping @Sendable (FieldObject) throws(FieldError) -> Request,
                  fastDecode: @escaping @Sendable (FlatParams) throws(FlatParams.Decline) -> Request,
                  caseloadDecode: @escaping @Sendable (CaseloadCells) throws(CaseloadRequest.Fault) -> Request) {
        self.method = method
        self.summary = summary
        self.params = params
        resultSchema = result
        keyNames = params.map(\.key.name)
        fastKeys = FlatParams.Keys(params)
        kind = Request.kind
        request = { (object: FieldObject) throws(FieldError) -> any EntitlementRequest in try decode(object) }
        fastRequest = { (flat: FlatParams) throws(FlatParams.Decline) -> any EntitlementRequest in try fastDecode(flat) }
        fastResult = { flat, engine, scheme in
            guard let request = try? fastDecode(flat) else { return nil }
            return try? request.result(engine: engine, scheme: scheme)
        }
        caseloadRequest = { (cells: CaseloadCells) throws(CaseloadRequest.Fault) -> any EntitlementRequest in try caseloadDecode(cells) }
    }

    /// The param with this key, if the method has it.
    public func param(_ key: ParamKey) -> Param? {
        params.first { $0.key == key }
    }
}
