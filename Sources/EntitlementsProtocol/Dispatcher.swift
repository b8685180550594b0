import Entitlements

/// Answers protocol requests: from a request's method and params to its result, for every method.
public struct Dispatcher: Sendable {
    /// The engine.
    public let engine: Engine
    /// The rule book's `rulebook` member, encoded once for every result.
    private let ruleBookValue: [UInt8]

    /// Makes a dispatcher over a rule book.
    public init(ruleBook: RuleBook) {
        self.engine = Engine(ruleBook: ruleBook)
        ruleBookValue = ResultEncoder.ruleBookValue(ruleBook)
    }

    /// The encoder of results under `scheme`.
    func encoder(_ scheme: Scheme) -> ResultEncoder {
        ResultEncoder(ruleBookValue: ruleBookValue, scheme: scheme.id)
    }

    /// The result object of one method call, or the protocol error.
    public func call(_ method: Method, params: JSONField) throws(RPCError) -> JSONValue {
        let bytes = try resultBytes(method, params: params)
        do { return try JSONParser.parse(bytes) } catch {
            throw RPCError(code: RPCError.internalError, message: "internal error (a bug): the result is not valid JSON: \(error.message)")
        }
    }

    /// The result of one method call as compact, key-sorted JSON, or the protocol error.
    public func resultBytes(_ method: Method, params: JSONField) throws(RPCError) -> [UInt8] {
        var out = JSONBytes()
        try writeResult(method, params: params, into: &out)
        return out.bytes
    }

    /// Writes the result object for `method` with `params` to `out` (part of it may be written when
    /// it throws).
    func writeResult(_ method: Method, params: JSONField, into out: inout JSONBytes) throws(RPCError) {
        let object: FieldObject
        do { object = try params.object(allowed: Params.allowed(method)) } catch { throw .invalidParams(error) }
        do {
            switch method {
            case .compare: try compare(object, into: &out)
            case .rulesDescribe: out.value(RulesDescription(ruleBook: engine.ruleBook).json)
            case .rpcDiscover: out.value(OpenRPCDocument.document)
            case .assess: try assess(object, into: &out)
            default:
                let scheme = try engine.scheme(named: try CommonParams.scheme(object))
                let result = try Self.entitlement(method, object).result(engine: engine, scheme: scheme)
                encoder(scheme).write(result, into: &out)
            }
        } catch let error as FieldError {
            throw .invalidParams(error)
        } catch let error as CalculationError {
            throw RPCError.from(error, prefix: params.path)
        } catch let error as RPCError {
            throw error
        } catch {
            throw RPCError(code: RPCError.internalError, message: "internal error (a bug): \(error)")
        }
    }

    /// The typed request of an entitlement method.
    static func entitlement(_ method: Method, _ params: FieldObject) throws -> EntitlementRequest {
        guard let request = try Params.request(method, params) else {
            throw RPCError(code: RPCError.internalError, message: "internal error (a bug): \(method.rawValue) is not an entitlement")
        }
        return request
    }
}
