/// A JSON value as read, keeping each number's exact text so that money is never rounded through a float.
public enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, as the exact text written, e.g. "12.50", "-3", "1e5".
    case number(String)
    /// A string, with escapes decoded.
    case string(String)
    /// An array's elements in order.
    case array([JSONValue])
    /// An object's members in the order written.
    ///
    /// The parser guarantees the keys are unique by code points (RFC 8259), so keys that differ only
    /// in Unicode normalisation are different keys, and `subscript(key:)`, which compares by code
    /// points too, is never ambiguous.
    case object([JSONMember])
}

/// One member of a JSON object.
public struct JSONMember: Sendable, Equatable {
    /// The member's name.
    public var key: String
    /// The member's value.
    public var value: JSONValue

    /// Makes a member from a key and a value.
    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}

extension JSONValue {
    /// The value of the member named `key` (compared by code points) when this is an object holding
    /// one, otherwise nil.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        for member in members where member.key.hasSameCodePoints(as: key) {
            return member.value
        }
        return nil
    }

    /// The JSON type's name, for error messages: "null", "boolean", "number", "string", "array" or "object".
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// Builds an object from key–value pairs, in the order given.
    public static func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(pairs.map { JSONMember($0.key, $0.value) })
    }
}
