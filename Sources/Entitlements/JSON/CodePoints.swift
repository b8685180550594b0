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
    package func hasSameCodePoints(as other: String) -> Bool {
        // Strings with the same code points are equal under `==` too, so a `false` there is final
        // (and `==` is fast for the ASCII keys of requests).
        guard self == other else { return false }
        let same = utf8.withContiguousStorageIfAvailable { left in
            other.utf8.withContiguousStorageIfAvailable { right in left.elementsEqual(right) }
        }
        if let same, let same { return same }
        return utf8.elementsEqual(other.utf8)
    }
}
