import Entitlements

/// A JSON-RPC error object: code, message and data, as PROTOCOL.md lists them.
public struct RPCError: Error, Sendable, Equatable {
    /// Not JSON, or not UTF-8.
    public static let parseError = -32700
    /// Not a JSON-RPC 2.0 request object.
    public static let invalidRequest = -32600
    /// Unknown method.
    public static let methodNotFound = -32601
    /// Invalid params.
    public static let invalidParams = -32602
    /// No enacted rate covers a date the calculation needs.
    public static let noEnactedRate = -32001
    /// A rate the calculation needs is not configured.
    public static let rateNotConfigured = -32002
    /// A bug.
    public static let internalError = -32603

    /// The code.
    public let code: Int
    /// What went wrong and what is accepted.
    public let message: String
    /// Details such as `path`, `table` and `date`.
    public let data: JSONValue?

    /// Makes an error.
    public init(code: Int, message: String, data: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    /// Invalid params at a JSON pointer.
    static func invalidParams(_ error: FieldError) -> RPCError {
        RPCError(code: invalidParams, message: error.message, data: .object(["path": .string(error.path)]))
    }

    /// The protocol error for a calculation error: its field as a JSON pointer under `prefix` (e.g.
    /// `/params`), and for an estimate not allowed the `allowEstimated` remedy.
    public static func from(_ error: CalculationError, prefix: String) -> RPCError {
        switch error {
        case .invalid(let field, let message):
            return RPCError(code: invalidParams, message: message, data: .object(["path": .string(prefix + "/" + field)]))
        case .noEnactedValue(let table, let date, let estimateAvailable, let detail):
            return RPCError(code: noEnactedRate, message: estimateAvailable ? detail + "; retry with allowEstimated: true to use it" : detail,
                            data: .object(["table": .string(table), "date": .string(date.isoText)]))
        case .notConfigured(let field, let message):
            return RPCError(code: rateNotConfigured, message: message, data: .object(["path": .string(prefix + (field.map { "/" + $0 } ?? ""))]))
        }
    }

    /// Writes the error object: `code`, `data` when there is any, `message`.
    func write(into out: inout JSONBytes) {
        out.openObject()
        out.key("code"); out.integer(code)
        if let data { out.key("data"); out.value(data) }
        out.key("message"); out.string(message)
        out.closeObject()
    }

    /// Writes the error response to the request with `id`.
    func writeResponse(id: JSONValue, into out: inout JSONBytes) {
        out.openObject()
        out.key("error"); write(into: &out)
        out.key("id"); out.value(id)
        out.key("jsonrpc"); out.string("2.0")
        out.closeObject()
    }
}
