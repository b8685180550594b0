import Entitlements

/// Answers protocol lines: framing rules, the JSON-RPC envelope, and dispatch to a method.
public struct RequestHandler: Sendable {
    /// The default limit on a line's size: 1 MiB.
    public static let defaultMaxLineBytes = 1 << 20
    /// The deepest nesting a request may have.
    static let maxDepth = 64

    /// The method dispatcher.
    public let dispatcher: Dispatcher
    /// Lines longer than this are refused with -32600.
    public let maxLineBytes: Int

    /// Makes a handler.
    public init(dispatcher: Dispatcher, maxLineBytes: Int = RequestHandler.defaultMaxLineBytes) {
        self.dispatcher = dispatcher
        self.maxLineBytes = maxLineBytes
    }

    /// What answering one line produced.
    public struct Outcome: Sendable {
        /// The response as one compact line (without its newline), or nil for a blank line or a
        /// notification.
        public let responseLine: [UInt8]?
        /// The method called, when the request named a known one.
        public let method: Method?

        /// An outcome.
        public init(responseLine: [UInt8]?, method: Method?) {
            self.responseLine = responseLine
            self.method = method
        }
    }

    /// A handler over an independent copy of the rule book, for another thread.
    package func independentCopy() -> RequestHandler {
        RequestHandler(dispatcher: Dispatcher(ruleBook: dispatcher.engine.ruleBook.independentCopy(), explains: dispatcher.engine.explains),
                       maxLineBytes: maxLineBytes)
    }

    /// The response line (without its newline) for one input line (without its newline), or nil for
    /// a blank line or a notification.
    public func respond(toLine line: [UInt8]) -> [UInt8]? {
        outcome(forLine: line[...]).responseLine
    }

    /// The outcome of one input line (without its newline; a trailing `\r` is ignored).
    public func outcome(forLine line: ArraySlice<UInt8>) -> Outcome {
        var out = JSONBytes(capacity: 2304)
        let answered = answer(line: line, into: &out)
        return Outcome(responseLine: answered.responded ? out.bytes : nil, method: answered.method)
    }

    /// Writes the response to one input line (without its newline; a trailing `\r` is ignored) to
    /// `out`, without a newline: nothing for a line of only whitespace or a notification. Returns
    /// whether there was a response, and the method called when the request named a known one.
    func answer(line: ArraySlice<UInt8>, into out: inout JSONBytes) -> (responded: Bool, method: Method?) {
        answer(line: line, into: &out, tally: nil)
    }

    /// As `answer(line:into:)`, adding the outcome to `tally` when there is one; a tally that writes
    /// no responses has the fast path compute without encoding.
    func answer(line: ArraySlice<UInt8>, into out: inout JSONBytes, tally: Tally?) -> (responded: Bool, method: Method?) {
        var end = line.endIndex
        if end > line.startIndex, line[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let text = line[line.startIndex..<end]
        if text.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }) { return (false, nil) }
        guard text.count <= maxLineBytes else {
            writeOverlong(text.count, id: text.withUnsafeBufferPointer { Self.id(of: $0) }, into: &out)
            tally?.summary.addError(code: RPCError.invalidRequest, method: nil)
            return (true, nil)
        }
        return text.withUnsafeBufferPointer { buffer in
            if let fast = FastPath.respond(buffer, dispatcher: dispatcher, into: &out, tally: tally) {
                return (true, fast)
            }
            return write(text: buffer, into: &out, tally: tally)
        }
    }

    /// The id of the request that `bytes` begin with (a string or a number), or `null` when none can
    /// be read from them: for lines answered with an error before they are parsed in full.
    static func id(of bytes: UnsafeBufferPointer<UInt8>) -> JSONValue {
        switch JSONParser.scalarMember("id", in: bytes) {
        case .string(let text)?: return .string(text)
        case .number(let text)?: return .number(text)
        default: return .null
        }
    }

    /// The outcome of a line longer than the limit (which is not kept in memory), with the id read
    /// from its start.
    func outcome(forOverlongLine length: Int, id: JSONValue) -> Outcome {
        var out = JSONBytes()
        writeOverlong(length, id: id, into: &out)
        return Outcome(responseLine: out.bytes, method: nil)
    }

    /// Writes the response to a line longer than the limit.
    func writeOverlong(_ length: Int, id: JSONValue, into out: inout JSONBytes) {
        RPCError(code: RPCError.invalidRequest, message: "line is \(length) bytes, over the \(maxLineBytes)-byte limit")
            .writeResponse(id: id, into: &out)
    }

    /// Writes the response to a line's text to `out` by the general path (parse, then dispatch),
    /// adding the outcome to `tally` when there is one; returns whether there was a response, and
    /// the method named.
    func write(text: UnsafeBufferPointer<UInt8>, into out: inout JSONBytes, tally: Tally?) -> (responded: Bool, method: Method?) {
        let request: JSONValue
        do {
            request = try JSONParser.parse(text, maxDepth: Self.maxDepth)
        } catch {
            // A line that is not JSON has no id to trust; one that is JSON but unusable (a duplicate
            // key, nesting too deep) still carries the id its top level holds.
            let unreadable = error.kind == .syntax || error.kind == .invalidUTF8
            let what = error.kind == .invalidUTF8 ? "not UTF-8" : (unreadable ? "not JSON" : "not a usable request")
            let id: JSONValue = unreadable ? .null : Self.id(of: text)
            let code = unreadable ? RPCError.parseError : RPCError.invalidRequest
            RPCError(code: code, message: "\(what): \(error.message)").writeResponse(id: id, into: &out)
            tally?.summary.addError(code: code, method: nil)
            return (true, nil)
        }
        var method: Method?
        if case .string(let name)? = request["method"] { method = Method(rawValue: name) }
        return (write(request, into: &out, tally: tally), method)
    }

    /// Writes the response to a parsed request to `out`; false (and nothing written) for a
    /// notification. A result is written in place after the envelope's start, and replaced by the
    /// error response if the method fails.
    func write(_ request: JSONValue, into out: inout JSONBytes) -> Bool {
        write(request, into: &out, tally: nil)
    }

    /// As `write(_:into:)`, adding the outcome to `tally` when there is one.
    func write(_ request: JSONValue, into out: inout JSONBytes, tally: Tally?) -> Bool {
        guard let response = envelope(request) else { return false }
        switch response {
        case .error(let id, let error):
            error.writeResponse(id: id, into: &out)
            var method: Method?
            if case .string(let name)? = request["method"] { method = Method(rawValue: name) }
            tally?.summary.addError(code: error.code, method: method)
        case .result(let id, let result):
            out.rawPrefix(#"{"id":"#)
            out.value(id)
            out.rawPrefix(#","jsonrpc":"2.0","result":"#)
            out.value(result)
            out.rawPrefix("}")
        case .call(let id, let method, let params):
            let start = out.count
            out.rawPrefix(#"{"id":"#)
            out.value(id)
            out.rawPrefix(#","jsonrpc":"2.0","result":"#)
            do {
                let result = try dispatcher.result(method, params: params)
                tally?.summary.add(result, method: method)
                dispatcher.write(result, into: &out)
                out.rawPrefix("}")
            } catch {
                out.truncate(to: start)
                error.writeResponse(id: id, into: &out)
                tally?.summary.addError(code: error.code, method: method)
            }
        }
        return true
    }

    /// A response: a whole envelope, or a method to call for the result.
    private enum Response {
        case error(id: JSONValue, RPCError)
        case result(id: JSONValue, JSONValue)
        case call(id: JSONValue, method: Method, params: JSONField)
    }

    /// The response to a request, or nil for a notification.
    private func envelope(_ request: JSONValue) -> Response? {
        guard case .object(let members) = request else {
            if case .array = request {
                return .error(id: .null, RPCError(code: RPCError.invalidRequest, message: "batches (JSON arrays) are not supported; send one request object per line"))
            }
            return .error(id: .null, RPCError(code: RPCError.invalidRequest, message: "a request is a JSON object with jsonrpc, id, method and params; got \(request.typeName)"))
        }
        var id: JSONValue = .null
        var isNotification = true
        if let idValue = request["id"] {
            switch idValue {
            case .string, .number, .null:
                id = idValue
                isNotification = false
            default:
                return .error(id: .null, RPCError(code: RPCError.invalidRequest, message: "\"id\" must be a string or a number, got \(idValue.typeName)"))
            }
        }
        func invalid(_ message: String) -> Response {
            .error(id: id, RPCError(code: RPCError.invalidRequest, message: message))
        }
        for member in members where !["jsonrpc", "id", "method", "params"].contains(member.key) {
            return invalid("unknown member \"\(JSONField.clipped(member.key))\"; a request has jsonrpc, id, method and params")
        }
        guard request["jsonrpc"] == .string("2.0") else {
            return invalid("\"jsonrpc\" must be \"2.0\"")
        }
        guard case .string(let methodName)? = request["method"] else {
            return invalid("\"method\" is required and must be a string")
        }
        // Not a valid request even as a notification, so answered (with id null when there is none).
        if let params = request["params"] {
            switch params {
            case .object, .array: break
            default: return invalid("\"params\" must be an object (or an array), got \(params.typeName)")
            }
        }
        if isNotification { return nil }
        if let answer = MCPServer.answer(methodName, params: request["params"], dispatcher: dispatcher) {
            switch answer {
            case .success(let result): return .result(id: id, result)
            case .failure(let error): return .error(id: id, error)
            }
        }
        guard let method = Method(rawValue: methodName) else {
            return .error(id: id, RPCError(
                code: RPCError.methodNotFound, message: "unknown method \"\(JSONField.clipped(methodName))\"",
                data: .object(["known": .array(Method.allCases.map { .string($0.rawValue) })])))
        }
        return .call(id: id, method: method, params: JSONField(request["params"] ?? .object([JSONMember]()), path: "/params"))
    }
}
