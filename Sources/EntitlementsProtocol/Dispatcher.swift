import Entitlements

/// Answers protocol requests: from a request's method and params to its result, for every method.
public struct Dispatcher: Sendable {
    /// The engine.
    public let engine: Engine
    /// The encoder of results under each of the rule book's schemes, made once.
    private let encoders: [(scheme: Scheme, encoder: ResultEncoder)]

    /// Makes a dispatcher over a rule book (`explains` false: results without reasons, for a
    /// summary that only adds up money).
    public init(ruleBook: RuleBook, explains: Bool = true) {
        self.engine = Engine(ruleBook: ruleBook, explains: explains)
        encoders = ruleBook.schemes.map { ($0, ResultEncoder(scheme: $0, ruleBook: ruleBook)) }
    }

    /// The encoder of results under `scheme`.
    func encoder(_ scheme: Scheme) -> ResultEncoder {
        encoders.first { $0.scheme === scheme }?.encoder ?? ResultEncoder(scheme: scheme, ruleBook: engine.ruleBook)
    }

    /// The result object of one method call, or the protocol error.
    package func call(_ method: Method, params: JSONField) throws(RPCError) -> JSONValue {
        try json(try result(method, params: params))
    }

    /// A typed result as the protocol's result object.
    public func json(_ result: MethodResult) throws(RPCError) -> JSONValue {
        var out = JSONBytes()
        write(result, into: &out)
        do { return try JSONParser.parse(out.bytes) } catch {
            throw RPCError(code: RPCError.internalError, message: "internal error (a bug): the result is not valid JSON: \(error.message)")
        }
    }

    /// The typed result of one method call, or the protocol error.
    package func result(_ method: Method, params: JSONField) throws(RPCError) -> MethodResult {
        let object: FieldObject
        do { object = try params.object(allowed: Params.allowed(method)) } catch { throw .invalidParams(error) }
        do {
            switch method {
            case .compare: return .comparison(try compare(object))
            case .rulesDescribe: return .rules(RulesDescription(ruleBook: engine.ruleBook).json)
            case .rpcDiscover: return .rules(OpenRPCDocument.document)
            case .assess: return .assessment(try assess(object))
            default:
                let scheme = try engine.scheme(named: try CommonParams.scheme(object))
                let request = try Self.entitlement(method, object)
                return .entitlement(request.kind, try request.result(engine: engine, scheme: scheme), scheme: scheme)
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

    /// Writes a typed result as the protocol's result object.
    func write(_ result: MethodResult, into out: inout JSONBytes) {
        switch result {
        case .entitlement(_, let result, let scheme): encoder(scheme).write(result, into: &out)
        case .assessment(let assessment): write(assessment, into: &out)
        case .comparison(let comparison): write(comparison, into: &out)
        case .rules(let value): out.value(value)
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
