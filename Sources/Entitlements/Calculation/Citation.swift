/// A rule's source reference with its text already escaped for a JSON string: the same long
/// references go out with every result, so rule-book objects escape theirs once, when loaded.
public struct Citation: Sendable, Equatable {
    /// The reference.
    public let text: String
    /// `text` as the inside of a JSON string, escaped as `JSONWriter` escapes it (no quotes).
    package let escaped: [UInt8]

    /// A citation of `text`.
    public init(_ text: String) {
        var quoted: [UInt8] = []
        JSONWriter.appendString(text, into: &quoted)
        self.text = text
        escaped = Array(quoted.dropFirst().dropLast())
    }
}
