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
        guard let request = FlatRequest.read(bytes) else { return nil }
        let scanner = FlatRequest.Scanner(bytes: bytes)
        guard let entry = Self.methods.first(where: { scanner.equals(request.method, $0.name) }),
              request.params.only(entry.keys) else { return nil }
        let params = request.params
        let start = out.count
        out.rawPrefix(#"{"id":"#)
        out.rawBytes(UnsafeBufferPointer(rebasing: bytes[request.id]))
        out.rawPrefix(#","jsonrpc":"2.0","result":"#)
        guard writeResult(entry.method, params, dispatcher: dispatcher, into: &out) else {
            out.truncate(to: start)
            return nil
        }
        out.rawPrefix("}")
        return entry.method
    }

    /// Writes the result object; false when the general path must answer (part of the result may
    /// have been written).
    private static func writeResult(_ method: Method, _ params: FlatParams, dispatcher: Dispatcher, into out: inout JSONBytes) -> Bool {
        let engine = dispatcher.engine
        switch method {
        case .compare:
            guard let compared = Self.methods.first(where: { params.equals(.method, $0.name) }),
                  Method.entitlements.contains(compared.method), let inner = params.object(.params), let inner,
                  inner.only(compared.keys), !inner.has(.scheme), let request = inner.request(for: compared.method) else {
                return false
            }
            var results: [(Scheme, EntitlementResult)] = []
            for id in Dispatcher.defaultComparison {
                guard let scheme = try? engine.scheme(named: id),
                      let result = try? request.result(engine: engine, scheme: scheme) else { return false }
                results.append((scheme, result))
            }
            dispatcher.writeComparison(compared.method, results, into: &out)
        case .assess:
            guard let scheme = params.scheme(engine), let request = params.assess(),
                  (try? dispatcher.assess(request, scheme: scheme, into: &out)) != nil else { return false }
        default:
            guard let scheme = params.scheme(engine), let request = params.request(for: method),
                  let result = try? request.result(engine: engine, scheme: scheme) else { return false }
            dispatcher.encoder(scheme).write(result, into: &out)
        }
        return true
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
