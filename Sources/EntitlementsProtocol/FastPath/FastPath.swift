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
        guard let index = Self.methods.firstIndex(where: { scanner.equals(request.method, $0.name) }),
              request.params.only(Self.methods[index].keys) else { return nil }
        let method = Self.methods[index].method
        let params = request.params
        let start = out.count
        out.rawPrefix(#"{"id":"#)
        out.rawBytes(UnsafeBufferPointer(rebasing: bytes[request.id]))
        out.rawPrefix(#","jsonrpc":"2.0","result":"#)
        do {
            try writeResult(index, params, dispatcher: dispatcher, into: &out)
        } catch {
            out.truncate(to: start)
            return nil
        }
        out.rawPrefix("}")
        return method
    }

    /// Writes the result object, or throws when the general path must answer (part of the result
    /// may have been written).
    private static func writeResult(_ index: Int, _ params: FlatParams, dispatcher: Dispatcher,
                                    into out: inout JSONBytes) throws(FlatParams.Decline) {
        let engine = dispatcher.engine
        if let decode = methods[index].decode {
            let scheme = try self.scheme(params, engine)
            let request = try decode(params)
            guard let result = try? request.result(engine: engine, scheme: scheme) else { throw FlatParams.Decline() }
            dispatcher.encoder(scheme).write(result, into: &out)
            return
        }
        switch methods[index].method {
        case .compare:
            guard let compared = Self.methods.firstIndex(where: { params.equals(.method, $0.name) }),
                  let decode = methods[compared].decode, let inner = try params.object(.params, only: methods[compared].keys),
                  !inner.has(.scheme) else {
                throw FlatParams.Decline()
            }
            let request = try decode(inner)
            var results: [(Scheme, EntitlementResult)] = []
            for id in CompareMethod.defaultSchemes {
                guard let scheme = try? engine.scheme(named: id),
                      let result = try? request.result(engine: engine, scheme: scheme) else { throw FlatParams.Decline() }
                results.append((scheme, result))
            }
            dispatcher.writeComparison(methods[compared].method, results, into: &out)
        case .assess:
            let scheme = try self.scheme(params, engine)
            let request = try AssessMethod.decode(params)
            guard (try? dispatcher.assess(request, scheme: scheme, into: &out)) != nil else { throw FlatParams.Decline() }
        default:
            throw FlatParams.Decline()
        }
    }

    /// The scheme named, or the default; declines an unknown one (the general path says why).
    private static func scheme(_ params: FlatParams, _ engine: Engine) throws(FlatParams.Decline) -> Scheme {
        guard let scheme = try? engine.scheme(named: try CommonParams.scheme(params)) else { throw FlatParams.Decline() }
        return scheme
    }

    /// The methods the fast path answers (all but those that describe), as written in a request, with
    /// the params each accepts there (`compare` without `schemes`: the default two schemes only).
    static let methods: [Entry] = MethodRegistry.definitions.filter { !Method.describing.contains($0.method) }.map { definition in
        let keys = definition.method == .compare ? FlatParams.Keys([.method, .params]) : definition.fastKeys
        return Entry(name: Array(definition.method.rawValue.utf8), method: definition.method, keys: keys,
                     decode: definition.fastRequest)
    }

    /// A method as the fast path sees it.
    struct Entry {
        /// The method's name as written.
        let name: [UInt8]
        /// The method.
        let method: Method
        /// The keys it accepts here.
        let keys: FlatParams.Keys
        /// Its request decoder, for an entitlement method.
        let decode: (@Sendable (FlatParams) throws(FlatParams.Decline) -> EntitlementRequest)?
    }
}
