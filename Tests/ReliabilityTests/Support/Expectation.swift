import Entitlements

/// What PROTOCOL.md says one input line must get back: nothing (a line of only whitespace or a
/// notification), or exactly one response carrying the request's id whenever it could be read, or
/// `null` when it cannot (a line that is not JSON).
enum Expectation: Equatable {
    /// No response line.
    case none
    /// One response line with this id; `request` is the parsed request when it could be parsed.
    case response(id: JSONValue, request: JSONValue?)

    /// The members a request may have.
    static let envelopeMembers = ["jsonrpc", "id", "method", "params"]

    /// The expectation for one input line (without its newline), under a line limit of
    /// `maxLineBytes`; `atStreamStart` for the first line, whose byte-order mark is skipped.
    static func of(_ line: [UInt8], maxLineBytes: Int = 1 << 20, atStreamStart: Bool = false) -> Expectation {
        var text = line[...]
        if atStreamStart, text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }
        if text.last == UInt8(ascii: "\r") { text = text.dropLast() }
        if text.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }) { return .none }
        // A line that is JSON but cannot be answered in full (over the limit, a duplicate key,
        // nesting too deep) is answered with the id its top level holds, if it is a string or a
        // number. (The fuzzer's long lines hold their id near their start.)
        func readableID() -> JSONValue {
            switch text.withUnsafeBufferPointer({ JSONParser.scalarMember("id", in: $0) }) {
            case .string(let id)?: return .string(id)
            case .number(let id)?: return .number(id)
            default: return .null
            }
        }
        if text.count > maxLineBytes { return .response(id: readableID(), request: nil) }
        let parsed: JSONValue
        do {
            parsed = try JSONParser.parse(Array(text), maxDepth: 64)
        } catch {
            if error.kind == .syntax || error.kind == .invalidUTF8 { return .response(id: .null, request: nil) }
            return .response(id: readableID(), request: nil)
        }
        guard case .object(let members) = parsed else { return .response(id: .null, request: nil) }
        let request = parsed
        guard let id = request["id"] else {
            let structuredParams: Bool
            switch request["params"] {
            case nil, .object?, .array?: structuredParams = true
            default: structuredParams = false
            }
            let isNotification = members.allSatisfy { member in envelopeMembers.contains { $0.hasSameCodePoints(as: member.key) } }
                && request["jsonrpc"] == .string("2.0")
                && { if case .string? = request["method"] { return true } else { return false } }()
                && structuredParams
            return isNotification ? .none : .response(id: .null, request: request)
        }
        switch id {
        case .string, .number, .null: return .response(id: id, request: request)
        default: return .response(id: .null, request: request)
        }
    }
}
