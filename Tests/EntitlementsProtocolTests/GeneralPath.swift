@testable import EntitlementsProtocol

extension RequestHandler {
    /// The general path's response line to a line's text (parse, then dispatch; never the fast
    /// path), for comparing the two paths; nil for a notification.
    func generalLine(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out = JSONBytes()
        return write(text: text, into: &out, tally: nil).responded ? out.bytes : nil
    }
}
