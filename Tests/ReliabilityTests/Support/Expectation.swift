import Entitlements

/// What PROTOCOL.md says one input line must get back: nothing (a blank line or a notification), or
/// exactly one response carrying the request's id, or `null` when the id cannot be read.
enum Expectation: Equatable {
    /// No response line.
    case none
    /// One response line with this id; `request` is the parsed request when it could be parsed.
    case response(id: JSONValue, request: JSONValue?)

    /// The members a request may have.
    static let envelopeMembers: Set<String> = ["jsonrpc", "id", "method", "params"]

    /// The expectation for one input line (without its newline), under a line limit of `maxLineBytes`.
    static func of(_ line: [UInt8], maxLineBytes: Int = 1 << 20) -> Expectation {
        var text = line[...]
        if text.last == UInt8(ascii: "\r") { text = text.dropLast() }
        if text.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return .none }
        if text.count > maxLineBytes { return .response(id: .null, request: nil) }
        guard let request = try? JSONParser.parse(Array(text), maxDepth: 64), case .object(let members) = request else {
            return .response(id: .null, request: nil)
        }
        guard let id = request["id"] else {
            let isNotification = members.allSatisfy { envelopeMembers.contains($0.key) }
                && request["jsonrpc"] == .string("2.0")
                && { if case .string? = request["method"] { return true } else { return false } }()
            return isNotification ? .none : .response(id: .null, request: request)
        }
        switch id {
        case .string, .number, .null: return .response(id: id, request: request)
        default: return .response(id: .null, request: request)
        }
    }
}
