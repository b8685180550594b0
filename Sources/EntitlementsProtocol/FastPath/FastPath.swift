import Entitlements

/// Answers plain requests for every method but `rules.describe` straight from their bytes.
///
/// It accepts only what the general path would answer with a result, decoded the same way, and
/// writes through the same encoders, so its responses are the general path's byte for byte (the
/// differential tests in `FastPathTests` check this). Anything else, including every request that
/// ends in an error, returns nil and is answered by the general path.
enum FastPath {
    /// The response line, or nil to use the general path.
    static func respond(_ bytes: UnsafeBufferPointer<UInt8>, dispatcher: Dispatcher) -> (line: [UInt8], method: Method)? {
        var out = JSONBytes(capacity: 2304)
        guard let method = respond(bytes, dispatcher: dispatcher, into: &out) else { return nil }
        return (out.bytes, method)
    }

    /// Writes the response line (without its newline) to `out` and returns the method, or writes
    /// nothing and returns nil to use the general path.
    static func respond(_ bytes: UnsafeBufferPointer<UInt8>, dispatcher: Dispatcher, into out: inout JSONBytes) -> Method? {
        guard let answer = answer(bytes, dispatcher: dispatcher) else { return nil }
        write(answer, of: bytes, dispatcher: dispatcher, into: &out)
        return answer.method
    }

    /// Writes the response line of an answer to the request in `bytes` (without its newline).
    static func write(_ answer: Answer, of bytes: UnsafeBufferPointer<UInt8>, dispatcher: Dispatcher, into out: inout JSONBytes) {
        out.rawPrefix(#"{"id":"#)
        out.rawBytes(UnsafeBufferPointer(rebasing: bytes[answer.id]))
        out.rawPrefix(#","jsonrpc":"2.0","result":"#)
        dispatcher.write(answer.result, into: &out)
        out.rawPrefix("}")
    }

    /// A request the fast path decoded and computed: its method, where its id is in the line, and
    /// the typed result, not yet written (`batch --summary-only` only adds it up).
    struct Answer {
        let method: Method
        let id: Range<Int>
        let result: MethodResult
    }

    /// The request decoded and computed, or nil to use the general path.
    static func answer(_ bytes: UnsafeBufferPointer<UInt8>, dispatcher: Dispatcher) -> Answer? {
        guard let request = FlatRequest.read(bytes) else { return nil }
        let scanner = FlatRequest.Scanner(bytes: bytes)
        guard let entry = Self.methods.first(where: { scanner.equals(request.method, $0.name) }),
              request.params.only(entry.keys),
              let result = result(entry.method, request.params, engine: dispatcher.engine) else { return nil }
        return Answer(method: entry.method, id: request.id, result: result)
    }

    /// The typed result; nil when the general path must answer.
    private static func result(_ method: Method, _ params: FlatParams, engine: Engine) -> MethodResult? {
        switch method {
        case .compare:
            guard let compared = Self.methods.first(where: { params.equals(.method, $0.name) }),
                  Method.entitlements.contains(compared.method), let inner = params.object(.params), let inner,
                  inner.only(compared.keys), !inner.has(.scheme), let request = inner.request(for: compared.method),
                  let comparison = try? engine.compare(request, schemeIDs: (Dispatcher.defaultComparison[0], Dispatcher.defaultComparison[1]))
            else { return nil }
            return .comparison(comparison)
        case .assess:
            guard let scheme = params.scheme(engine), let request = params.assess(),
                  let assessment = try? engine.assess(request, scheme: scheme) else { return nil }
            return .assessment(assessment)
        default:
            guard let scheme = params.scheme(engine), let request = params.request(for: method),
                  let result = try? request.result(engine: engine, scheme: scheme) else { return nil }
            return .entitlement(request.kind, result, scheme: scheme)
        }
    }

    /// The methods the fast path answers, as written in a request, with the params each accepts.
    /// The first five are the entitlements `compare` compares.
    static let methods: [(name: StaticString, method: Method, keys: FlatParams.Keys)] = [
        ("kinship.allowance", .kinshipAllowance, FlatParams.kinshipKeys),
        ("stayingPut.funding", .stayingPutFunding, FlatParams.stayingPutKeys),
        ("leavingCare.grant", .leavingCareGrant, FlatParams.grantKeys),
        ("apprenticeship.bursary", .apprenticeshipBursary, FlatParams.bursaryKeys),
        ("prescription.exemption", .prescriptionExemption, FlatParams.prescriptionKeys),
        ("assess", .assess, FlatParams.assessKeys),
        ("compare", .compare, FlatParams.compareKeys),
    ]
}
