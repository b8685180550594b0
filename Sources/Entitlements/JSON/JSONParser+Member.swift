extension JSONParser {
    /// The value of the first member named `key` of the object that `bytes` begin with, found by
    /// passing over the members before it without building them; nil when `bytes` do not begin with
    /// an object, end (or stop making sense) before the member is found, or its value is not a
    /// valid JSON string, number, boolean or null.
    ///
    /// For reading a request's id from a line that cannot be answered in full: one over the size
    /// limit (only its start is kept), one with a duplicate key, one nested too deep.
    package static func scalarMember(_ key: String, in bytes: UnsafeBufferPointer<UInt8>) -> JSONValue? {
        var scanner = MemberScanner(bytes: bytes)
        return scanner.scalarMember(key)
    }
}

/// Walks an object's members by their bytes: strings are passed over by their quotes and
/// escapes, containers by counting brackets outside strings.
private struct MemberScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    mutating func scalarMember(_ key: String) -> JSONValue? {
        skipWhitespace()
        guard take(0x7B) else { return nil } // {
        while true {
            skipWhitespace()
            let keyStart = index
            guard index < bytes.count, bytes[index] == 0x22, let keyEnd = stringEnd(from: index) else { return nil }
            index = keyEnd
            skipWhitespace()
            guard take(0x3A) else { return nil } // :
            skipWhitespace()
            let valueStart = index
            guard let valueEnd = valueEnd(from: index) else { return nil }
            index = valueEnd
            if isKey(keyStart..<keyEnd, key) {
                let value = try? JSONParser.parse(UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd]), maxDepth: 1)
                switch value {
                case .string?, .number?, .bool?, .null?: return value
                default: return nil
                }
            }
            skipWhitespace()
            guard take(0x2C) else { return nil } // ,
        }
    }

    /// Whether the quoted string at `range` is `key`, compared by code points.
    func isKey(_ range: Range<Int>, _ key: String) -> Bool {
        let inside = bytes[(range.lowerBound + 1)..<(range.upperBound - 1)]
        if !inside.contains(0x5C) { return inside.elementsEqual(key.utf8) }
        guard case .string(let decoded)? = try? JSONParser.parse(UnsafeBufferPointer(rebasing: bytes[range]), maxDepth: 1) else {
            return false
        }
        return decoded.utf8.elementsEqual(key.utf8)
    }

    /// The index after the string whose opening quote is at `start`, or nil if it is not closed.
    func stringEnd(from start: Int) -> Int? {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case 0x22: return index + 1
            case 0x5C: index += 2
            default: index += 1
            }
        }
        return nil
    }

    /// The index after the value starting at `start`, or nil if the bytes end first.
    func valueEnd(from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        switch bytes[start] {
        case 0x22:
            return stringEnd(from: start)
        case 0x7B, 0x5B: // { [
            var depth = 0
            var index = start
            while index < bytes.count {
                switch bytes[index] {
                case 0x22:
                    guard let end = stringEnd(from: index) else { return nil }
                    index = end
                    continue
                case 0x7B, 0x5B: depth += 1
                case 0x7D, 0x5D:
                    depth -= 1
                    if depth == 0 { return index + 1 }
                default: break
                }
                index += 1
            }
            return nil
        default:
            var index = start
            while index < bytes.count {
                switch bytes[index] {
                case 0x2C, 0x7D, 0x5D, 0x20, 0x09, 0x0A, 0x0D: return index > start ? index : nil
                default: index += 1
                }
            }
            return nil
        }
    }

    mutating func skipWhitespace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D {
            index += 1
        }
    }

    mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }
}
