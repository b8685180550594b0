/// `rpc.discover`: the protocol as an OpenRPC document.
enum RPCDiscoverMethod {
    /// The definition.
    static let definition = MethodDefinition(
        .rpcDiscover, summary: "the whole protocol as an OpenRPC 1.x document: every method's params and result as JSON Schema",
        params: [], result: JSONSchema.object([("openrpc", JSONSchema.string()), ("info", JSONSchema.object([], required: [])),
                                               ("methods", JSONSchema.array(JSONSchema.object([], required: [])))],
                                              required: ["openrpc", "info", "methods"], "an OpenRPC document"))
}
