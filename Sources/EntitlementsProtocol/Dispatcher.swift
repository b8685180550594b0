import Entitlements

/// Answers protocol requests: from a request object to its result, for every method.
public struct Dispatcher: Sendable {
    /// The engine.
    public let engine: Engine

    /// Makes a dispatcher over a rule book.
    public init(ruleBook: RuleBook) {
        self.engine = Engine(ruleBook: ruleBook)
    }

    /// The result of one method call, or the protocol error.
    public func call(_ method: Method, params: JSONField) throws(RPCError) -> JSONValue {
        let object: FieldObject
        do { object = try params.object(allowed: Params.allowed(method)) } catch { throw .invalidParams(error) }
        do {
            switch method {
            case .compare: return try compare(object)
            case .rulesDescribe: return RulesDescription(ruleBook: engine.ruleBook).json
            case .assess: return try assess(object)
            default: return try entitlement(method, object, scheme: nil)
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

    /// One entitlement method, under the params' scheme unless `scheme` overrides it.
    func entitlement(_ method: Method, _ params: FieldObject, scheme override: String?) throws -> JSONValue {
        let scheme = try engine.scheme(named: try override ?? Params.scheme(params))
        let json = ResultJSON(ruleBook: engine.ruleBook, scheme: scheme.id)
        switch method {
        case .kinshipAllowance:
            return json.allowance(try engine.kinshipAllowance(try Params.kinship(params), scheme: scheme))
        case .leavingCareGrant:
            return json.grant(try engine.leavingCareGrant(try Params.grant(params), scheme: scheme))
        case .apprenticeshipBursary:
            return json.bursary(try engine.apprenticeshipBursary(try Params.bursary(params), scheme: scheme))
        case .stayingPutFunding:
            return json.allowance(try engine.stayingPutFunding(try Params.stayingPut(params), scheme: scheme))
        case .prescriptionExemption:
            return json.prescription(try engine.prescriptionExemption(try Params.prescription(params), scheme: scheme))
        case .assess, .compare, .rulesDescribe:
            throw RPCError(code: RPCError.internalError, message: "internal error (a bug): \(method.rawValue) is not an entitlement")
        }
    }
}
