/// Parses one JSON text, strictly by RFC 8259.
///
/// The parser works on bytes without recursion: nesting is held on an explicit stack capped at
/// `maxDepth`, so no input can overflow the call stack. Keys are compared by code points (RFC 8259:
/// `"\u00e9"` and `"e\u0301"` are different keys). A duplicate key is reported only once the
/// whole text has been read, and nesting too deep once the rest has been checked, so a text that is
/// also not JSON is reported as a syntax error.
package enum JSONParser {
    /// Parses the JSON text in `bytes`, which must be UTF-8 without a byte-order mark.
    package static func parse(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int = 256) throws(JSONParseError) -> JSONValue {
        var reader = JSONReader(bytes, maxDepth: maxDepth)
        return try reader.parseText()
    }

    /// Parses the JSON text in `bytes`, which must be UTF-8 without a byte-order mark.
    package static func parse(_ bytes: [UInt8], maxDepth: Int = 256) throws(JSONParseError) -> JSONValue {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParseError) in try parse(buffer, maxDepth: maxDepth) }
        }
        return try result.get()
    }

    /// Parses the JSON text in `text`.
    package static func parse(_ text: String, maxDepth: Int = 256) throws(JSONParseError) -> JSONValue {
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(JSONParseError) in try parse(buffer, maxDepth: maxDepth) }
        }
        return try result.get()
    }
}

/// Why a JSON text could not be read: a message a person can act on, and the byte offset.
package struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The broad reason the text was refused.
    package enum Kind: Sendable, Equatable {
        /// The bytes do not follow the JSON grammar.
        case syntax
        /// The bytes are not well-formed UTF-8.
        case invalidUTF8
        /// Arrays and objects are nested deeper than allowed.
        case tooDeep
        /// One object has two members with the same key.
        case duplicateKey
    }

    /// The broad reason the text was refused.
    package var kind: Kind
    /// The zero-based byte offset where the problem was found.
    package var offset: Int
    /// A message a person can act on, e.g. "unexpected '}' at byte 17; expected a value".
    package var message: String

    /// Makes an error from its parts.
    package init(kind: Kind, offset: Int, message: String) {
        self.kind = kind
        self.offset = offset
        self.message = message
    }

    /// The message.
    package var description: String { message }
}

// MARK: - The reader

private let quote: UInt8 = 0x22, backslash: UInt8 = 0x5C, comma: UInt8 = 0x2C, colon: UInt8 = 0x3A
private let openBracket: UInt8 = 0x5B, closeBracket: UInt8 = 0x5D
private let openBrace: UInt8 = 0x7B, closeBrace: UInt8 = 0x7D
private let minus: UInt8 = 0x2D, plus: UInt8 = 0x2B, dot: UInt8 = 0x2E, zero: UInt8 = 0x30, nine: UInt8 = 0x39

/// One open array or object while reading.
private struct Frame {
    var isObject: Bool
    /// Where this container's elements (arrays) or members (objects) start on the shared stacks.
    var start: Int
    /// This container's index in its parent when the parent is an array (for error pointers).
    var indexInParent: Int
    /// For objects: the key whose value is being read.
    var key: String = ""
    /// For large objects: the keys seen so far, to find duplicates quickly.
    var keys: Set<CodePoints>? = nil
}

/// Objects with at least this many members check for duplicate keys with a set rather than a scan.
private let keySetThreshold = 16

/// The reading state over one buffer of bytes.
private struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let end: Int
    let maxDepth: Int
    var i = 0
    var scratch: [UInt8] = []
    var values: [JSONValue] = []
    var members: [JSONMember] = []
    var frames: [Frame] = []
    /// The first duplicate key found, reported once the text has been read to its end.
    var duplicate: JSONParseError?

    init(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.end = bytes.count
        self.maxDepth = maxDepth
    }

    mutating func parseText() throws(JSONParseError) -> JSONValue {
        if end >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            throw syntax(at: 0, "unexpected byte-order mark at byte 0; a JSON text must not start with one")
        }
        var expected = "a value"
        parsing: while true {
            // Read one value, or open a container and come back for its first value.
            skipWhitespace()
            guard i < end else { throw unexpected(expected) }
            var value: JSONValue
            switch bytes[i] {
            case openBrace:
                try open(isObject: true)
                skipWhitespace()
                if i < end, bytes[i] == closeBrace {
                    i += 1
                    frames.removeLast()
                    value = .object([])
                } else {
                    try readKey()
                    expected = "a value"
                    continue parsing
                }
            case openBracket:
                try open(isObject: false)
                skipWhitespace()
                if i < end, bytes[i] == closeBracket {
                    i += 1
                    frames.removeLast()
                    value = .array([])
                } else {
                    expected = "a value"
                    continue parsing
                }
            case quote:
                value = .string(try readString())
            case minus, zero...nine:
                value = try readNumber()
            case 0x74: // t
                try readLiteral("true")
                value = .bool(true)
            case 0x66: // f
                try readLiteral("false")
                value = .bool(false)
            case 0x6E: // n
                try readLiteral("null")
                value = .null
            default:
                throw unexpected(expected)
            }

            // Put the value in its container, closing containers as they end.
            while true {
                skipWhitespace()
                let top = frames.count - 1
                guard top >= 0 else {
                    guard i == end else { throw unexpected("end of input") }
                    if let duplicate { throw duplicate }
                    return value
                }
                let next: UInt8? = i < end ? bytes[i] : nil
                if frames[top].isObject {
                    members.append(JSONMember(frames[top].key, value))
                    if next == comma {
                        i += 1
                        skipWhitespace()
                        try readKey()
                        expected = "a value"
                        continue parsing
                    }
                    guard next == closeBrace else { throw unexpected("',' or '}'") }
                    i += 1
                    let start = frames[top].start
                    value = .object(Array(members[start...]))
                    members.removeSubrange(start...)
                } else {
                    values.append(value)
                    if next == comma {
                        i += 1
                        expected = "a value after ','"
                        continue parsing
                    }
                    guard next == closeBracket else { throw unexpected("',' or ']'") }
                    i += 1
                    let start = frames[top].start
                    value = .array(Array(values[start...]))
                    values.removeSubrange(start...)
                }
                frames.removeLast()
            }
        }
    }

    mutating func skipWhitespace() {
        while i < end {
            switch bytes[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    /// Opens an array or object at `i`, refusing to go deeper than `maxDepth`.
    mutating func open(isObject: Bool) throws(JSONParseError) {
        guard frames.count < maxDepth else {
            let tooDeep = JSONParseError(kind: .tooDeep, offset: i, message: "nesting deeper than \(maxDepth) levels at byte \(i)")
            // A syntax error anywhere in the rest of the text is reported first.
            throw syntaxErrorInRest() ?? tooDeep
        }
        var indexInParent = 0
        if let parent = frames.last, !parent.isObject {
            indexInParent = values.count - parent.start
        }
        frames.append(Frame(isObject: isObject, start: isObject ? members.count : values.count, indexInParent: indexInParent))
        i += 1
    }

    /// Reads an object key and its ':' into the top frame, refusing a key the object already has.
    mutating func readKey() throws(JSONParseError) {
        guard i < end, bytes[i] == quote else { throw unexpected("an object key in double quotes") }
        let keyOffset = i
        let key = try readString()
        let top = frames.count - 1
        let start = frames[top].start
        var repeated = false
        if members.count - start < keySetThreshold {
            repeated = members[start...].contains { $0.key.hasSameCodePoints(as: key) }
        } else {
            if frames[top].keys == nil {
                frames[top].keys = Set(members[start...].lazy.map { CodePoints($0.key) })
            }
            repeated = frames[top].keys?.insert(CodePoints(key)).inserted == false
        }
        if repeated, duplicate == nil { duplicate = duplicateKey(key, at: keyOffset) }
        frames[top].key = key
        skipWhitespace()
        guard i < end, bytes[i] == colon else { throw unexpected("':' after the object key") }
        i += 1
    }

    /// The first syntax (or UTF-8) error from the container opening at `i` to the end of the text,
    /// read on without building values or a depth limit (the open containers are only their kinds,
    /// one byte each); nil when the rest of the text is well formed.
    mutating func syntaxErrorInRest() -> JSONParseError? {
        var open: [Bool] = frames.map(\.isObject)
        do throws(JSONParseError) {
            reading: while true {
                skipWhitespace()
                guard i < end else { throw unexpected("a value") }
                switch bytes[i] {
                case openBrace, openBracket:
                    let isObject = bytes[i] == openBrace
                    i += 1
                    skipWhitespace()
                    if i < end, bytes[i] == (isObject ? closeBrace : closeBracket) {
                        i += 1
                    } else {
                        open.append(isObject)
                        if isObject { try readKeyAndColon() }
                        continue reading
                    }
                case quote: _ = try readString()
                case minus, zero...nine: _ = try readNumber()
                case 0x74: try readLiteral("true")
                case 0x66: try readLiteral("false")
                case 0x6E: try readLiteral("null")
                default: throw unexpected("a value")
                }
                // After a value: a comma and the next, or the ends of containers.
                while true {
                    skipWhitespace()
                    guard let isObject = open.last else {
                        guard i == end else { throw unexpected("end of input") }
                        return nil
                    }
                    let next: UInt8? = i < end ? bytes[i] : nil
                    if next == comma {
                        i += 1
                        skipWhitespace()
                        if isObject { try readKeyAndColon() }
                        continue reading
                    }
                    guard next == (isObject ? closeBrace : closeBracket) else { throw unexpected(isObject ? "',' or '}'" : "',' or ']'") }
                    i += 1
                    open.removeLast()
                }
            }
        } catch {
            return error.kind == .syntax || error.kind == .invalidUTF8 ? error : nil
        }
    }

    /// Reads an object key and its ':' without keeping them (for `syntaxErrorInRest`).
    mutating func readKeyAndColon() throws(JSONParseError) {
        guard i < end, bytes[i] == quote else { throw unexpected("an object key in double quotes") }
        _ = try readString()
        skipWhitespace()
        guard i < end, bytes[i] == colon else { throw unexpected("':' after the object key") }
        i += 1
    }

    mutating func readLiteral(_ word: StaticString) throws(JSONParseError) {
        let length = word.utf8CodeUnitCount
        let matches = end - i >= length && word.withUTF8Buffer { expected in
            for k in 0..<length where bytes[i + k] != expected[k] { return false }
            return true
        }
        guard matches else { throw syntax(at: i, "invalid literal at byte \(i); expected \(word)") }
        i += length
    }

    /// Reads a number, checking the grammar and keeping its exact text.
    mutating func readNumber() throws(JSONParseError) -> JSONValue {
        let start = i
        if bytes[i] == minus { i += 1 }
        guard i < end, isDigit(bytes[i]) else { throw unexpected("a digit") }
        if bytes[i] == zero {
            i += 1
            if i < end, isDigit(bytes[i]) {
                throw syntax(at: start, "number with a leading zero at byte \(start)")
            }
        } else {
            skipDigits()
        }
        if i < end, bytes[i] == dot {
            i += 1
            guard i < end, isDigit(bytes[i]) else { throw unexpected("a digit after '.'") }
            skipDigits()
        }
        if i < end, bytes[i] | 0x20 == 0x65 { // e or E
            i += 1
            if i < end, bytes[i] == plus || bytes[i] == minus { i += 1 }
            guard i < end, isDigit(bytes[i]) else { throw unexpected("a digit in the exponent") }
            skipDigits()
        }
        return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= zero && byte <= nine }

    mutating func skipDigits() {
        while i < end, isDigit(bytes[i]) { i += 1 }
    }

    /// Reads a string starting at the opening quote at `i`.
    mutating func readString() throws(JSONParseError) -> String {
        let open = i
        i += 1
        // Fast path: no escapes, so the string is a slice of the input.
        var p = i
        while p < end {
            let byte = bytes[p]
            if byte == quote {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<p]), as: UTF8.self)
                i = p + 1
                return text
            } else if byte == backslash {
                break
            } else if byte < 0x20 {
                throw controlCharacter(at: p)
            } else if byte < 0x80 {
                p += 1
            } else {
                p = try validateUTF8(at: p)
            }
        }
        guard p < end else { throw unterminated(open) }

        // Slow path: copy runs and decoded escapes into the scratch buffer.
        scratch.removeAll(keepingCapacity: true)
        var run = i
        while p < end {
            let byte = bytes[p]
            if byte == quote {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<p]))
                i = p + 1
                return String(decoding: scratch, as: UTF8.self)
            } else if byte == backslash {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<p]))
                p = try readEscape(at: p)
                run = p
            } else if byte < 0x20 {
                throw controlCharacter(at: p)
            } else if byte < 0x80 {
                p += 1
            } else {
                p = try validateUTF8(at: p)
            }
        }
        throw unterminated(open)
    }

    /// Decodes the escape at `p` (a backslash) into the scratch buffer; returns the index after it.
    mutating func readEscape(at p: Int) throws(JSONParseError) -> Int {
        guard p + 1 < end else { throw syntax(at: end, "unexpected end of input at byte \(end); expected an escape after '\\'") }
        let decoded: UInt8
        switch bytes[p + 1] {
        case quote: decoded = quote
        case backslash: decoded = backslash
        case 0x2F: decoded = 0x2F // /
        case 0x62: decoded = 0x08 // b
        case 0x66: decoded = 0x0C // f
        case 0x6E: decoded = 0x0A // n
        case 0x72: decoded = 0x0D // r
        case 0x74: decoded = 0x09 // t
        case 0x75: return try readUnicodeEscape(at: p)
        default:
            let shown = describe(at: p + 1)
            throw syntax(at: p, "invalid escape '\\' followed by \(shown) in a string at byte \(p)")
        }
        scratch.append(decoded)
        return p + 2
    }

    /// Decodes `\uXXXX`, or a surrogate pair `\uD8XX\uDCXX`, at `p` into the scratch buffer as UTF-8.
    mutating func readUnicodeEscape(at p: Int) throws(JSONParseError) -> Int {
        guard let unit = hex4(at: p + 2) else {
            throw syntax(at: p, "invalid \\u escape at byte \(p); expected four hex digits")
        }
        var scalar = unit
        var next = p + 6
        if unit >= 0xDC00 && unit <= 0xDFFF {
            throw syntax(at: p, "lone low surrogate \\u\(hex(unit)) at byte \(p)")
        }
        if unit >= 0xD800 && unit <= 0xDBFF {
            guard next + 1 < end, bytes[next] == backslash, bytes[next + 1] == 0x75,
                  let low = hex4(at: next + 2), low >= 0xDC00 && low <= 0xDFFF else {
                throw syntax(at: p, "lone high surrogate \\u\(hex(unit)) at byte \(p); expected a \\u low surrogate to follow")
            }
            scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            next += 6
        }
        appendUTF8(scalar)
        return next
    }

    /// The value of four hex digits at `p`, or nil.
    func hex4(at p: Int) -> UInt32? {
        guard p >= 0, end - p >= 4 else { return nil }
        var value: UInt32 = 0
        for k in p..<(p + 4) {
            let byte = bytes[k]
            let digit: UInt8
            switch byte {
            case zero...nine: digit = byte - zero
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    func hex(_ unit: UInt32) -> String {
        let digits = String(unit, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case ..<0x80:
            scratch.append(UInt8(scalar))
        case ..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// The length of the well-formed UTF-8 sequence at `p` (Unicode table 3-7), or nil.
    func utf8Length(at p: Int) -> Int? {
        let lead = bytes[p]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard end - p >= length else { return nil }
        let second = bytes[p + 1]
        guard second >= low && second <= high else { return nil }
        for k in 2..<length where bytes[p + k] & 0xC0 != 0x80 { return nil }
        return length
    }

    /// Checks the UTF-8 sequence at `p`; returns the index after it.
    func validateUTF8(at p: Int) throws(JSONParseError) -> Int {
        guard let length = utf8Length(at: p) else { throw invalidUTF8(at: p) }
        return p + length
    }

    // MARK: Errors

    func syntax(at offset: Int, _ message: String) -> JSONParseError {
        JSONParseError(kind: .syntax, offset: offset, message: message)
    }

    func invalidUTF8(at offset: Int) -> JSONParseError {
        JSONParseError(kind: .invalidUTF8, offset: offset, message: "invalid UTF-8 at byte \(offset)")
    }

    /// The error for finding something other than `expected` at `i`.
    func unexpected(_ expected: String) -> JSONParseError {
        guard i < end else {
            return syntax(at: end, "unexpected end of input at byte \(end); expected \(expected)")
        }
        if bytes[i] >= 0x80, utf8Length(at: i) == nil { return invalidUTF8(at: i) }
        return syntax(at: i, "unexpected \(describe(at: i)) at byte \(i); expected \(expected)")
    }

    /// A readable name for the character at `p`: 'x', a control character, or a non-ASCII character.
    func describe(at p: Int) -> String {
        let byte = bytes[p]
        switch byte {
        case 0x27: return "\"'\""
        case 0x21...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
        case 0x20: return "a space"
        case 0x00..<0x20, 0x7F: return "control character U+\(hex(UInt32(byte)))"
        default:
            guard let length = utf8Length(at: p) else { return "an invalid UTF-8 byte" }
            return "'\(String(decoding: UnsafeBufferPointer(rebasing: bytes[p..<(p + length)]), as: UTF8.self))'"
        }
    }

    func controlCharacter(at p: Int) -> JSONParseError {
        syntax(at: p, "unescaped control character U+\(hex(UInt32(bytes[p]))) in a string at byte \(p)")
    }

    func unterminated(_ open: Int) -> JSONParseError {
        syntax(at: end, "unexpected end of input at byte \(end); the string starting at byte \(open) is not closed")
    }

    func duplicateKey(_ key: String, at offset: Int) -> JSONParseError {
        var shownKey: [UInt8] = []
        JSONWriter.appendString(JSONField.clipped(key), into: &shownKey)
        let pointer = objectPointer()
        let place = pointer.isEmpty ? "the top-level object" : "the object at \(JSONField.clipped(pointer))"
        return JSONParseError(
            kind: .duplicateKey, offset: offset,
            message: "duplicate key \(String(decoding: shownKey, as: UTF8.self)) in \(place)")
    }

    /// The JSON pointer (RFC 6901) of the innermost open container.
    func objectPointer() -> String {
        var pointer = ""
        for depth in frames.indices.dropFirst() {
            let parent = frames[depth - 1]
            pointer = JSONField.pointer(pointer, parent.isObject ? parent.key : String(frames[depth].indexInParent))
        }
        return pointer
    }
}
