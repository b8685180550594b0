#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Entitlements

/// A request read straight from its bytes, for the fast path: only the plainest form is accepted
/// (ASCII strings without escapes, whole-number ids, params of strings, numbers, booleans and
/// objects nested at most three deep, as a `compare`'s params, compared params and schedule, no
/// duplicate keys). Anything else is nil, and the general path answers it.
///
/// Nothing is copied: values are byte ranges of the line. The params object's members are read with
/// the line (in one pass); objects inside it are passed over, then read member by member when used.
struct FlatRequest {
    /// A scalar, or an object as the range of its bytes (braces included).
    enum Value {
        case string(Range<Int>)
        case number(Range<Int>)
        case bool(Bool)
        case object(Range<Int>)
    }

    /// The most members an object may have on the fast path.
    static let maxMembers = 32

    /// The id's bytes as written (a whole number, or a quoted string).
    let id: Range<Int>
    /// The method's bytes (inside the quotes).
    let method: Range<Int>
    /// The params object, its members read as the line is (its own objects are read when used).
    let params: FlatParams

    /// Reads a request, or nil when the line is not in the plain form.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> FlatRequest? {
        var scanner = Scanner(bytes: bytes)
        let line = Scanner(bytes: bytes)
        var id: Range<Int>?, method: Range<Int>?, params: FlatParams?
        var jsonrpc = false
        let plain = scanner.members { key, scanner in
            if line.equals(key, "params") {
                guard params == nil, let object = FlatParams(reading: &scanner, depth: 1) else { return false }
                params = object
                return true
            }
            guard let value = scanner.value(depth: 0) else { return false }
            if line.equals(key, "jsonrpc") {
                guard !jsonrpc, case .string(let range) = value, line.equals(range, "2.0") else { return false }
                jsonrpc = true
            } else if line.equals(key, "id") {
                guard id == nil else { return false }
                switch value {
                case .number(let range) where line.isWholeNumber(range): id = range
                case .string(let range): id = (range.lowerBound - 1)..<(range.upperBound + 1)
                default: return false
                }
            } else if line.equals(key, "method") {
                guard method == nil, case .string(let range) = value else { return false }
                method = range
            } else {
                return false
            }
            return true
        }
        guard plain, scanner.atEnd(), jsonrpc, let id, let method, let params else { return nil }
        return FlatRequest(id: id, method: method, params: params)
    }

    /// Walks the bytes of one line.
    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        /// The text of a byte range.
        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        /// Whether the bytes of `range` are exactly `text`.
        func equals(_ range: Range<Int>, _ text: StaticString) -> Bool {
            guard range.count == text.utf8CodeUnitCount, let base = bytes.baseAddress else { return false }
            return memcmp(base + range.lowerBound, text.utf8Start, range.count) == 0
        }

        /// Whether two ranges hold the same bytes.
        func equals(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
            guard a.count == b.count, let base = bytes.baseAddress else { return false }
            return memcmp(base + a.lowerBound, base + b.lowerBound, a.count) == 0
        }

        /// Whether a number is an optional minus and digits without a leading zero.
        func isWholeNumber(_ range: Range<Int>) -> Bool {
            var start = range.lowerBound
            if start < range.upperBound, bytes[start] == UInt8(ascii: "-") { start += 1 }
            guard start < range.upperBound, range.count <= 18 else { return false }
            if bytes[start] == UInt8(ascii: "0") { return range.upperBound - start == 1 }
            return bytes[start..<range.upperBound].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        }

        mutating func atEnd() -> Bool {
            skipSpace()
            return index == bytes.count
        }

        mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// Walks an object's members, handing each key to `visit`, which reads the value from the
        /// scanner; false when the object is not in the plain form or `visit` refuses a member.
        mutating func members(_ visit: (Range<Int>, inout Scanner) -> Bool) -> Bool {
            guard take(UInt8(ascii: "{")) else { return false }
            if take(UInt8(ascii: "}")) { return true }
            var count = 0
            repeat {
                skipSpace()
                count += 1
                // A plain request has a handful of members: past that, leave the line to the general path.
                guard count <= FlatRequest.maxMembers, let key = string(), take(UInt8(ascii: ":")) else { return false }
                skipSpace()
                guard visit(key, &self) else { return false }
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "}"))
        }

        /// A value of an object at `depth` (the request is at depth 0), which may hold objects down
        /// to depth 3.
        mutating func value(depth: Int) -> Value? {
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "\""): return string().map(Value.string)
            case UInt8(ascii: "{"):
                let start = index
                guard skipObject(nesting: 3 - depth) else { return nil }
                return .object(start..<index)
            case UInt8(ascii: "t"): return word("true") ? .bool(true) : nil
            case UInt8(ascii: "f"): return word("false") ? .bool(false) : nil
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number().map(Value.number)
            default: return nil
            }
        }

        /// Moves past an object with at most `nesting` levels (itself included), checking only its
        /// strings; its members are read, and checked in full, when the object is used.
        mutating func skipObject(nesting: Int) -> Bool {
            var open = 0
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    guard string() != nil else { return false }
                case UInt8(ascii: "{"):
                    open += 1
                    guard open <= nesting else { return false }
                    index += 1
                case UInt8(ascii: "}"):
                    open -= 1
                    index += 1
                    if open == 0 { return true }
                case UInt8(ascii: "["), UInt8(ascii: "]"):
                    return false
                default:
                    index += 1
                }
            }
            return false
        }

        /// A quoted string of printable ASCII without escapes; the range excludes the quotes. Read
        /// eight bytes at a time: the lowest byte flagged in a word is the first that is not plain.
        mutating func string() -> Range<Int>? {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let base = bytes.baseAddress else { return nil }
            let start = index + 1
            var end = start
            while end + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self)
                let flags = Self.notPlain(word)
                if flags == 0 {
                    end += 8
                    continue
                }
                end += flags.trailingZeroBitCount / 8
                break
            }
            while end < bytes.count, Self.isPlain(bytes[end]) { end += 1 }
            guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return nil }
            index = end + 1
            return start..<end
        }

        /// A byte allowed inside a plain string: printable ASCII other than a quote or a backslash.
        private static func isPlain(_ byte: UInt8) -> Bool {
            byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
        }

        /// A high bit in each byte of `word` that is not plain (exact for the lowest such byte).
        private static func notPlain(_ word: UInt64) -> UInt64 {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let deletes = word ^ (ones &* 0x7F)
            return JSONWriter.escapeBits(word) | word & (ones &* 0x80) | (deletes &- ones) & ~deletes & (ones &* 0x80)
        }

        /// A number: optional minus, digits without a leading zero, optional fraction of digits.
        mutating func number() -> Range<Int>? {
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            let digitsStart = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            guard index > digitsStart, !(bytes[digitsStart] == 0x30 && index - digitsStart > 1) else { return nil }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                let fraction = index
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
                guard index > fraction else { return nil }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") { return nil }
            return start..<index
        }

        mutating func word(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            let matches = text.withUTF8Buffer { expected in bytes[index..<(index + count)].elementsEqual(expected) }
            if matches { index += count }
            return matches
        }
    }
}
