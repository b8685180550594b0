import Entitlements

/// Answers plain requests for every method that computes straight from their bytes.
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

    /// Writes the response line (without its newline) to `out` (none for a tally that writes no
    /// responses: `batch --summary-only`), adds the result to `tally` when there is one (`batch`),
    /// and returns the method; or writes nothing and returns nil to use the general path.
    static func respond(_ bytes: UnsafeBufferPointer<UInt8>, dispatcher: Dispatcher, into out: inout JSONBytes,
                        tally: Tally? = nil) -> Method? {
        guard let request = FlatRequest.read(bytes) else { return nil }
        let scanner = FlatRequest.Scanner(bytes: bytes)
        guard let index = Self.methods.firstIndex(where: { scanner.equals(request.method, $0.name) }),
              request.params.only(Self.methods[index].keys) else { return nil }
        let method = Self.methods[index].method
        // An entitlement's result is written as soon as it is computed, without wrapping it in a
        // `MethodResult` (whose copies cost more than the writing); the others are written from one.
        if let compute = Self.methods[index].compute {
            let engine = dispatcher.engine
            guard let scheme = try? scheme(request.params, engine), let result = compute(request.params, engine, scheme) else { return nil }
            tally?.summary.add(result, method: method, scheme: scheme)
            if tally?.writesResponses == false { return method }
            out.rawPrefix(#"{"id":"#)
            out.rawBytes(UnsafeBufferPointer(rebasing: bytes[request.id]))
            out.rawPrefix(#","jsonrpc":"2.0","result":"#)
            dispatcher.encoder(scheme).write(result, into: &out)
            out.rawPrefix("}")
            return method
        }
        guard let result = try? result(index, request.params, engine: dispatcher.engine) else { return nil }
        tally?.summary.add(result, method: method)
        if tally?.writesResponses != false { write(result, id: request.id, of: bytes, dispatcher: dispatcher, into: &out) }
        return method
    }

    /// Writes the response line of a result to the request in `bytes`, whose id is at `id` (without
    /// its newline).
    private static func write(_ result: MethodResult, id: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>,
                              dispatcher: Dispatcher, into out: inout JSONBytes) {
        out.rawPrefix(#"{"id":"#)
        out.rawBytes(UnsafeBufferPointer(rebasing: bytes[id]))
        out.rawPrefix(#","jsonrpc":"2.0","result":"#)
        dispatcher.write(result, into: &out)
        out.rawPrefix("}")
    }

    /// The typed result, or `Decline` when the general path must answer.
    private static func result(_ index: Int, _ params: FlatParams, engine: Engine) throws(FlatParams.Decline) -> MethodResult {
        if let compute = methods[index].compute, let kind = methods[index].kind {
            let scheme = try self.scheme(params, engine)
            guard let result = compute(params, engine, scheme) else { throw FlatParams.Decline() }
            return .entitlement(kind, result, scheme: scheme)
        }
        switch methods[index].method {
        case .compare:
            guard let compared = Self.methods.firstIndex(where: { params.equals(.method, $0.name) }),
                  let decode = methods[compared].decode, let inner = try params.object(.params, only: methods[compared].keys),
                  !inner.has(.scheme) else {
                throw FlatParams.Decline()
            }
            let request = try decode(inner)
            guard let comparison = try? engine.compare(request, schemes: engine.ruleBook.comparedSchemes) else { throw FlatParams.Decline() }
            return .comparison(comparison)
        case .assess:
            let scheme = try self.scheme(params, engine)
            let request = try AssessMethod.decode(params)
            guard let assessment = try? engine.assess(request, scheme: scheme) else { throw FlatParams.Decline() }
            return .assessment(assessment)
        default:
            throw FlatParams.Decline()
        }
    }

    /// The scheme named, or the default; declines an unknown one (the general path says why).
    private static func scheme(_ params: FlatParams, _ engine: Engine) throws(FlatParams.Decline) -> Scheme {
        guard let scheme = try? engine.scheme(named: try CommonParams.scheme(params)) else { throw FlatParams.Decline() }
        return scheme
    }

    /// The methods the fast path answers (all but those that describe), as written in a request,
    /// with the params each accepts there (`compare` without `schemes`: the default two schemes only).
    static let methods: [Entry] = MethodRegistry.definitions.filter { !Method.describing.contains($0.method) }.map { definition in
        let keys = definition.method == .compare ? FlatParams.Keys([.method, .params]) : definition.fastKeys
        return Entry(name: Array(definition.method.rawValue.utf8), method: definition.method, keys: keys,
                     kind: definition.kind, decode: definition.fastRequest, compute: definition.fastResult)
    }

    /// A method as the fast path sees it.
    struct Entry {
        /// The method's name as written.
        let name: [UInt8]
        /// The method.
        let method: Method
        /// The keys it accepts here.
        let keys: FlatParams.Keys
        /// The entitlement it computes, for an entitlement method.
        let kind: EntitlementKind?
        /// Its request decoder, for an entitlement method.
        let decode: (@Sendable (FlatParams) throws(FlatParams.Decline) -> any EntitlementRequest)?
        /// Its request decoded and computed at once, for an entitlement method (nil on any failure).
        let compute: (@Sendable (FlatParams, Engine, Scheme) -> EntitlementResult?)?
    }
}
