import Entitlements
import EntitlementsProtocol

/// `--max-line-bytes N`, shared by `serve` and `batch`.
let maxLineBytesOption = OptionSpec(
    "max-line-bytes", .integer(64...(1 << 30)), help: "refuse longer request lines with error -32600",
    default: String(RequestHandler.defaultMaxLineBytes))

/// A request for the `serve` example.
let sampleRequest = #"{"jsonrpc":"2.0","id":1,"method":"\#(Method.kinshipAllowance.rawValue)","params":{"dateOfBirth":"2014-09-03","#
    + #""region":"london","from":"2025-04-01","to":"2026-03-31"}}"#

/// A comparison for the `batch` example.
let sampleComparison = #"{"jsonrpc":"2.0","id":1,"method":"\#(Method.compare.rawValue)","params":{"#
    + #""method":"\#(Method.leavingCareGrant.rawValue)","#
    + #""params":{"on":"2025-06-01"}}}"#

/// The request handler over the selected rule book.
func streamHandler(_ arguments: ParsedArguments, _ invocation: Invocation) throws(CommandFailure) -> RequestHandler {
    let book = try invocation.ruleBook(arguments)
    return RequestHandler(dispatcher: Dispatcher(ruleBook: book),
                          maxLineBytes: arguments.integer("max-line-bytes") ?? RequestHandler.defaultMaxLineBytes)
}
