/// Edit distance between words, to suggest what a mistyped council, option or command meant.
package enum EditDistance {
    /// The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
    /// two neighbouring characters each cost 1 (`form` → `from` is 1). Characters are compared as
    /// Unicode scalars.
    package static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, before[j - 2] + 1)
                }
                current[j] = best
            }
            before = previous
            previous = current
        }
        return previous[b.count]
    }

    /// The candidate `word` most likely meant: a unique candidate it is a prefix of, else the closest
    /// within a third of its length (at least 1, at most 3); nil when nothing is close.
    package static func nearest(to word: String, in candidates: [String]) -> String? {
        guard !word.isEmpty else { return nil }
        let extensions = candidates.filter { $0.hasPrefix(word) && $0 != word }
        if extensions.count == 1 { return extensions[0] }
        let limit = min(3, max(1, word.count / 3))
        var best: (distance: Int, word: String)?
        for candidate in candidates {
            let distance = between(word, candidate)
            if distance <= limit, best.map({ distance < $0.distance }) ?? true {
                best = (distance, candidate)
            }
        }
        return best?.word
    }
}
