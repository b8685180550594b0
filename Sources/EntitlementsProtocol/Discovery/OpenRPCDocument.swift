import Entitlements

/// The protocol as an OpenRPC 1.x document, generated from the method definitions: what
/// `rpc.discover` returns and `docs/openrpc.json` holds.
public enum OpenRPCDocument {
    /// The OpenRPC version the document follows.
    static let version = "1.3.2"

    /// The document.
    public static let document: JSONValue = .object([
        "openrpc": .string(version),
        "info": .object([
            "title": .string("Entitlements"),
            "version": .string(Engine.version),
            "description": .string("Money owed to children in kinship care, care leavers and their carers in England, exact to the "
                                   + "penny, under the rule schemes of the rule book. JSON-RPC 2.0, one message per line, on "
                                   + "the standard input and output of `entitlements serve`."),
        ]),
        "methods": .array(MethodRegistry.definitions.filter { $0.method != .rpcDiscover }.map(method)),
        "components": .object(["errors": .object(errors.map { JSONMember($0.name, error($0.code, $0.message)) })]),
    ])

    /// The errors every method may answer with, by name.
    static let errors: [(name: String, code: Int, message: String)] = [
        ("invalidParams", RPCError.invalidParams,
         "invalid params: data.path is the JSON pointer of the first bad field; the message says what is wrong and what is accepted"),
        ("noEnactedRate", RPCError.noEnactedRate,
         "no enacted rate covers a date the calculation needs (data.table, data.date); retry with allowEstimated: true"),
        ("rateNotConfigured", RPCError.rateNotConfigured, "a rate the calculation needs is not configured (data.path)"),
    ]

    /// One method.
    static func method(_ definition: MethodDefinition) -> JSONValue {
        let computes = Method.calculations.contains(definition.method)
        return .object([
            "name": .string(definition.method.rawValue),
            "summary": .string(definition.summary),
            "paramStructure": .string("by-name"),
            "params": .array(definition.params.map(param)),
            "result": .object(["name": .string("result"), "schema": definition.resultSchema]),
            "errors": .array(computes ? errors.map { .object(["$ref": .string("#/components/errors/\($0.name)")]) } : []),
        ])
    }

    /// One param, as a content descriptor.
    static func param(_ param: Param) -> JSONValue {
        .object([
            "name": .string(param.key.name),
            "description": .string(param.help),
            "required": .bool(param.isRequired),
            "schema": ParamsSchema.schema(param),
        ])
    }

    /// An error object.
    static func error(_ code: Int, _ message: String) -> JSONValue {
        .object(["code": .number(String(code)), "message": .string(message)])
    }
}
