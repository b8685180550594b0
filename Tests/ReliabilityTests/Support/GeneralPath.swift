import Entitlements
@testable import EntitlementsProtocol

extension RequestHandler {
    /// The general path's response line (parse, then dispatch; never the fast path) to a request
    /// given as a value, written compactly; nil for a notification.
    func generalLine(for request: JSONValue) -> [UInt8]? {
        var line: [UInt8] = []
        JSONWriter.write(request, into: &line)
        return line.withUnsafeBufferPointer { generalLine($0) }
    }

    /// The general path's response line to a line's text (parse, then dispatch; never the fast
    /// path); nil for a notification.
    func generalLine(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out = JSONBytes()
        return write(text: text, into: &out, tally: nil).responded ? out.bytes : nil
    }

    /// The general path's response object to a request given as a value; nil for a notification.
    func generalResponse(to request: JSONValue) -> JSONValue? {
        generalLine(for: request).flatMap { try? JSONParser.parse($0) }
    }
}
