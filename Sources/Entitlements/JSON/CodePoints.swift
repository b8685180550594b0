/// A string compared and hashed by its code points (its UTF-8 bytes), as RFC 8259 compares object
/// keys, not by Swift's canonical equivalence (under which `"\u{E9}"` equals `"e\u{301}"`).
struct CodePoints: Hashable {
    /// The string.
    let text: String

    /// Wraps `text`.
    init(_ text: String) {
        self.text = text
    }

    /// Whether the two hold the same code points.
    static func == (a: CodePoints, b: CodePoints) -> Bool {
        a.text.hasSameCodePoints(as: b.text)
    }

    /// Hashes the UTF-8 bytes.
    func hash(into hasher: inout Hasher) {
        for byte in text.utf8 { hasher.combine(byte) }
    }
}

extension String {
    /// Whether this string holds exactly the code points of `other` (no Unicode normalisation).
    public func hasSameCodePoints(as other: String) -> Bool {
        utf8.count == other.utf8.count && utf8.elementsEqual(other.utf8)
    }
}
