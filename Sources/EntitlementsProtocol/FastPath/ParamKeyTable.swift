#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ParamKey {
    /// The keys' bytes laid out for the fast path's lookup, made once.
    static let table = ParamKeyTable()
}

/// The param keys' names in one buffer, grouped by length, so that the fast path finds the key a
/// member names with a few byte comparisons and no allocation.
struct ParamKeyTable: Sendable {
    /// Every key's name, one after another.
    private let names: [UInt8]
    /// Where each key's name starts in `names`, by position.
    private let starts: [Int]
    /// The keys' positions, shortest names first.
    private let byLength: [Int]
    /// Where the keys of each name length start in `byLength` (one more entry than lengths).
    private let lengthStarts: [Int]

    init() {
        var names: [UInt8] = []
        var starts: [Int] = []
        for name in ParamKey.utf8 {
            starts.append(names.count)
            names += name
        }
        let longest = ParamKey.utf8.map(\.count).max() ?? 0
        var byLength: [Int] = []
        var lengthStarts: [Int] = []
        for length in 0...longest {
            lengthStarts.append(byLength.count)
            byLength += ParamKey.allCases.filter { ParamKey.utf8[$0.rawValue].count == length }.map(\.rawValue)
        }
        lengthStarts.append(byLength.count)
        self.names = names
        self.starts = starts
        self.byLength = byLength
        self.lengthStarts = lengthStarts
    }

    /// The key whose name the bytes at `range` of `bytes` are, if any.
    func key(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> ParamKey? {
        let length = range.count
        guard length + 1 < lengthStarts.count, let base = bytes.baseAddress else { return nil }
        return names.withUnsafeBufferPointer { names -> ParamKey? in
            guard let namesBase = names.baseAddress else { return nil }
            for slot in lengthStarts[length]..<lengthStarts[length + 1] {
                let position = byLength[slot]
                if memcmp(base + range.lowerBound, namesBase + starts[position], length) == 0 { return ParamKey(rawValue: position) }
            }
            return nil
        }
    }
}
