import Entitlements

/// The Model Context Protocol on the same stream as the JSON-RPC methods: an assistant connects to
/// `entitlements serve` as a stdio server, lists each calculation method as a tool with its JSON
/// Schemas, and calls it (PROTOCOL.md, MCP).
enum MCPServer {
    /// The protocol versions the server speaks, oldest first.
    static let versions = ["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"]

    /// The requests it answers, as written.
    static let methods = ["initialize", "ping", "tools/list", "tools/call"]

    /// What the server tells the assistant about itself.
    static let instructions = """
        Computes money owed to children in kinship care, care leavers and their carers in England, exact to the penny, \
        with the reasons and the rule book's revision. Each tool is one calculation; dates are YYYY-MM-DD and money is a \
        string with two decimals. The default scheme, review-2022, is the Independent Review's proposal, not the law: \
        pass "scheme": "england-statutory" for what the law provides. A result with isError true names the param at fault.
        """

    /// The result of an MCP request, or nil when `name` is not one.
    static func answer(_ name: String, params: JSONValue?, dispatcher: Dispatcher) -> Result<JSONValue, RPCError>? {
        switch name {
        case "initialize": return .success(initialize(params))
        case "ping": return .success(.object([JSONMember]()))
        case "tools/list": return .success(.object(["tools": tools]))
        case "tools/call": return call(params, dispatcher: dispatcher)
        default: return nil
        }
    }

    /// `initialize`: the client's protocol version if the server speaks it, else the newest.
    static func initialize(_ params: JSONValue?) -> JSONValue {
        var version = versions[versions.count - 1]
        if case .string(let asked)? = params?["protocolVersion"], versions.contains(asked) { version = asked }
        return .object([
            "protocolVersion": .string(version),
            "capabilities": .object(["tools": .object(["listChanged": .bool(false)])]),
            "serverInfo": .object(["name": .string("entitlements"), "version": .string(Engine.version)]),
            "instructions": .string(instructions),
        ])
    }

    /// One tool per calculation method.
    static let tools: JSONValue = .array(Method.calculations.map { method in
        let definition = method.definition
        return .object([
            "name": .string(method.rawValue),
            "description": .string(definition.summary),
            "inputSchema": definition.paramsSchema,
            "outputSchema": definition.resultSchema,
        ])
    })

    /// `tools/call`: the method's result as structured content, or its error as a result with
    /// `isError: true`; an unknown tool or malformed call is -32602.
    static func call(_ params: JSONValue?, dispatcher: Dispatcher) -> Result<JSONValue, RPCError> {
        guard case .object(let members)? = params else {
            return .failure(invalid("/params", "tools/call needs params {\"name\": tool, \"arguments\": {...}}"))
        }
        for member in members where !["name", "arguments", "_meta"].contains(member.key) {
            return .failure(invalid(JSONField.pointer("/params", member.key),
                                    "unknown field \"\(JSONField.clipped(member.key))\"; accepted: name, arguments, _meta"))
        }
        let known = Method.calculations.map(\.rawValue)
        guard case .string(let name)? = params?["name"] else {
            return .failure(invalid("/params/name", "\"name\" is required: one of \(known.joined(separator: ", "))"))
        }
        guard let method = Method(rawValue: name), Method.calculations.contains(method) else {
            return .failure(invalid("/params/name", "unknown tool \"\(JSONField.clipped(name))\"; tools: \(known.joined(separator: ", "))"))
        }
        let arguments = params?["arguments"] ?? .object([JSONMember]())
        do {
            let result = try dispatcher.call(method, params: JSONField(arguments, path: "/params/arguments"))
            return .success(.object([
                "content": .array([.object(["type": .string("text"), "text": .string(summary(method, result))])]),
                "structuredContent": result,
                "isError": .bool(false),
            ]))
        } catch {
            var members: [JSONMember] = [JSONMember("code", .number(String(error.code))), JSONMember("message", .string(error.message))]
            if let data = error.data { members.append(JSONMember("data", data)) }
            return .success(.object([
                "content": .array([.object(["type": .string("text"), "text": .string(error.message)])]),
                "structuredContent": .object(members),
                "isError": .bool(true),
            ]))
        }
    }

    /// A params fault of the call itself.
    static func invalid(_ path: String, _ message: String) -> RPCError {
        RPCError(code: RPCError.invalidParams, message: message, data: .object(["path": .string(path)]))
    }

    /// A short human summary of a result: the method, whether anything is owed, the amount, the
    /// scheme and the first reason.
    static func summary(_ method: Method, _ result: JSONValue) -> String {
        var parts = [method.rawValue]
        if case .string(let scheme)? = result["scheme"] { parts.append("under \(scheme)") }
        var text = parts.joined(separator: " ") + ":"
        if case .bool(let eligible)? = result["eligible"] { text += eligible ? " eligible" : " not eligible" }
        for key in ["total", "amount"] {
            if case .string(let amount)? = result[key] { text += ", \(key) \(pounds(amount))" }
        }
        if case .array(let reasons)? = result["reasons"], case .string(let first)? = reasons.first?["text"] {
            text += ". " + first
        }
        return text
    }

    /// A protocol amount for people, e.g. `12692.14` → `£12,692.14` (as given if it is not money).
    static func pounds(_ amount: String) -> String {
        (try? Money(parsing: amount))?.formatted ?? amount
    }
}
