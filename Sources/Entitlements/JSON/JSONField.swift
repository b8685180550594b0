/// A JSON value together with where it stands (a JSON pointer), read with errors that name the field.
package struct JSONField: Sendable {
    /// The value.
    package let value: JSONValue
    /// The pointer of the containing value, and this value's key in it (nil when `parent` is the
    /// whole pointer): the pointer is only put together when an error needs it.
    private let parent: String
    private let key: String?

    /// Wraps a value found at `path`.
    package init(_ value: JSONValue, path: String) {
        self.value = value
        self.parent = path
        self.key = nil
    }

    /// Wraps the member `key` of the object at `parent`.
    init(_ value: JSONValue, parent: String, key: String) {
        self.value = value
        self.parent = parent
        self.key = key
    }

    /// The JSON pointer of the value, e.g. `/params/dateOfBirth` (empty for the root).
    package var path: String {
        key.map { JSONField.pointer(parent, $0) } ?? parent
    }

    /// An error about this field.
    package func error(_ message: String) -> FieldError {
        FieldError(path: path, message: message)
    }

    /// Reads an object whose keys must all be in `allowed` (compared by code points); an unknown key
    /// is an error naming it (clipped), at its pointer, or at the object's when the key is too long
    /// to quote whole.
    package func object(allowed: [String]) throws(FieldError) -> FieldObject {
        guard case .object(let members) = value else {
            throw error("expected an object, got \(value.typeName)")
        }
        for member in members where !allowed.contains(where: { $0.hasSameCodePoints(as: member.key) }) {
            let accepted = allowed.isEmpty ? "none" : allowed.joined(separator: ", ")
            let clipped = JSONField.clipped(member.key)
            let suggestion = JSONField.nearestKey(to: member.key, in: allowed).map { "did you mean \"\($0)\"? " } ?? ""
            throw FieldError(
                path: clipped.hasSameCodePoints(as: member.key) ? JSONField.pointer(path, member.key) : path,
                message: "unknown field \"\(clipped)\"; \(suggestion)accepted: \(accepted)")
        }
        return FieldObject(members: members, path: path)
    }

    /// Reads an array of fields.
    package func array() throws(FieldError) -> [JSONField] {
        guard case .array(let elements) = value else {
            throw error("expected an array, got \(value.typeName)")
        }
        var fields: [JSONField] = []
        fields.reserveCapacity(elements.count)
        let base = path
        for (index, element) in elements.enumerated() {
            fields.append(JSONField(element, parent: base, key: String(index)))
        }
        return fields
    }

    /// Reads a string.
    package func string() throws(FieldError) -> String {
        guard case .string(let text) = value else {
            throw error("expected a string, got \(value.typeName)")
        }
        return text
    }

    /// Reads a non-empty string.
    package func nonEmptyString() throws(FieldError) -> String {
        let text = try string()
        if text.isEmpty { throw error("expected a non-empty string") }
        return text
    }

    /// Reads one of a fixed set of strings.
    package func oneOf(_ allowed: [String]) throws(FieldError) -> String {
        let text = try string()
        guard allowed.contains(text) else {
            // Only a word of a plausible length is compared: a megabyte of text is not a typo.
            let nearest = text.unicodeScalars.count <= 64 ? EditDistance.nearest(to: text, in: allowed) : nil
            let suggestion = nearest.map { "did you mean \"\($0)\"? " } ?? ""
            throw error("\"\(JSONField.clipped(text))\" is not accepted; \(suggestion)use one of: \(allowed.joined(separator: ", "))")
        }
        return text
    }

    /// Reads a boolean.
    package func bool() throws(FieldError) -> Bool {
        guard case .bool(let flag) = value else {
            throw error("expected true or false, got \(value.typeName)")
        }
        return flag
    }

    /// Reads a whole number within `range`.
    package func integer(in range: ClosedRange<Int>) throws(FieldError) -> Int {
        guard case .number(let text) = value else {
            throw error("expected a whole number, got \(value.typeName)")
        }
        guard text.count <= 18, let number = Int(text) else {
            throw error("expected a whole number from \(range.lowerBound) to \(range.upperBound), got \(JSONField.clipped(text))")
        }
        guard range.contains(number) else {
            throw error("expected a whole number from \(range.lowerBound) to \(range.upperBound), got \(number)")
        }
        return number
    }

    /// Reads a calendar date written `YYYY-MM-DD`.
    package func date() throws(FieldError) -> CalendarDate {
        let text = try string()
        guard let date = CalendarDate(text) else {
            let shape = text.utf8.count == 10 && text.utf8.enumerated().allSatisfy { index, byte in
                index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (byte >= 48 && byte <= 57)
            }
            let why = shape ? "no such date (years 0001 to 9999)" : "not written YYYY-MM-DD"
            throw error("\"\(JSONField.clipped(text))\" is not a date: \(why); write a date as YYYY-MM-DD, e.g. 2025-04-01")
        }
        return date
    }

    /// Reads input money: a string or a JSON number with at most two decimals, not negative
    /// unless `allowNegative`, and at most £1,000,000,000 in size.
    package func money(allowNegative: Bool = false) throws(FieldError) -> Money {
        let text: String
        switch value {
        case .string(let string): text = string
        case .number(let number): text = number
        default: throw error("expected money as a string such as \"191.00\" or a number with at most two decimals, got \(value.typeName)")
        }
        let amount: Money
        do {
            amount = try Money(parsing: text)
        } catch {
            let why: String
            switch error {
            case .notAnAmount: why = "not an amount (write digits with at most two decimals, no exponent or separators, e.g. \"191.00\")"
            case .tooManyDecimals: why = "more than two decimals (amounts are exact to the penny)"
            case .tooLarge: why = "larger than the £1,000,000,000 limit"
            }
            throw self.error("\"\(JSONField.clipped(text))\" is \(why)")
        }
        if !allowNegative, amount.pence < 0 {
            throw error("\"\(JSONField.clipped(text))\" is negative; an amount of zero or more is expected")
        }
        return amount
    }

    /// Reads rule-book money: a string with exactly two decimals, e.g. `"191.00"`.
    package func exactMoney() throws(FieldError) -> Money {
        guard case .string(let text) = value else {
            throw error("money must be a string with exactly two decimals such as \"191.00\", got \(value.typeName)")
        }
        let bytes = Array(text.utf8)
        guard bytes.count >= 4, bytes[bytes.count - 3] == UInt8(ascii: "."),
              let amount = try? Money(parsingUTF8: bytes), amount.pence >= 0 else {
            throw error("\"\(JSONField.clipped(text))\" is not exact money: write a string with exactly two decimals such as \"191.00\"")
        }
        return amount
    }

    /// The JSON pointer (RFC 6901) of a member `key` of the object at `path`: `~` is written `~0`
    /// and `/` is written `~1`, byte by byte, whatever follows them (a combining mark included).
    package static func pointer(_ path: String, _ key: String) -> String {
        guard key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else {
            return path + "/" + key
        }
        var escaped: [UInt8] = Array(path.utf8) + [UInt8(ascii: "/")]
        for byte in key.utf8 {
            switch byte {
            case UInt8(ascii: "~"): escaped += [UInt8(ascii: "~"), UInt8(ascii: "0")]
            case UInt8(ascii: "/"): escaped += [UInt8(ascii: "~"), UInt8(ascii: "1")]
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// The most Unicode scalars of a value quoted back in an error message.
    package static let clipLength = 40

    /// Shortens text quoted back in an error message to `clipLength` Unicode scalars (not grapheme
    /// clusters: one letter with 400,000 combining marks is one cluster), with "…" when cut.
    package static func clipped(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let cut = scalars.index(scalars.startIndex, offsetBy: clipLength, limitedBy: scalars.endIndex),
              cut != scalars.endIndex else { return text }
        return String(scalars[..<cut]) + "…"
    }
}

/// The members of a JSON object whose keys have been checked, with its location.
package struct FieldObject: Sendable {
    /// The members in the order written.
    package let members: [JSONMember]
    /// The JSON pointer of the object.
    package let path: String

    /// The member `key`, or nil when absent or `null`.
    package func optional(_ key: String) -> JSONField? {
        for member in members where member.key.hasSameCodePoints(as: key) {
            if case .null = member.value { return nil }
            return JSONField(member.value, parent: path, key: key)
        }
        return nil
    }

    /// The member `key`, or an error naming it as missing.
    package func required(_ key: String) throws(FieldError) -> JSONField {
        guard let field = optional(key) else {
            throw FieldError(path: JSONField.pointer(path, key), message: "\"\(key)\" is required")
        }
        return field
    }
}

/// A fault in a JSON document, located by JSON pointer, with a message a person can act on.
package struct FieldError: Error, Sendable, Equatable {
    /// The JSON pointer of the faulty value, e.g. `/params/from`.
    package let path: String
    /// What is wrong and what is accepted.
    package let message: String

    /// Makes an error.
    package init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}

extension JSONField {
    /// The accepted key an unknown `key` most likely meant: the nearest by edit distance (`allowEstimate`
    /// → `allowEstimated`), else one whose camel-case initials it spells (`dob` → `dateOfBirth`), else
    /// one equal to it but for letter case; nil when none is close. Long keys are not compared.
    static func nearestKey(to key: String, in allowed: [String]) -> String? {
        guard key.unicodeScalars.count <= 64 else { return nil }
        if let nearest = EditDistance.nearest(to: key, in: allowed) { return nearest }
        let wanted = key.lowercased()
        if wanted.count >= 2, let spelt = allowed.first(where: { initials($0) == wanted }) { return spelt }
        return allowed.first { $0.lowercased() == wanted }
    }

    /// A camel-case key's initials, lower case: `dateOfBirth` → `dob`.
    static func initials(_ key: String) -> String {
        var letters = ""
        for (index, character) in key.enumerated() where index == 0 || character.isUppercase {
            letters.append(character)
        }
        return letters.lowercased()
    }
}
