import Entitlements

/// Small builders of JSON Schema (draft 2020-12) documents as JSON values.
enum JSONSchema {
    /// The dialect every schema names.
    static let dialect = "https://json-schema.org/draft/2020-12/schema"

    /// A string.
    static func string(_ description: String? = nil) -> JSONValue { typed("string", description) }

    /// A `YYYY-MM-DD` date.
    static func date(_ description: String? = nil) -> JSONValue {
        with(typed("string", description), ["format": .string("date"), "pattern": .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")])
    }

    /// A date or null.
    static func dateOrNull(_ description: String? = nil) -> JSONValue {
        described(.object(["type": .array([.string("string"), .string("null")]),
                           "pattern": .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]), description)
    }

    /// Money as the protocol writes it: a string with two decimals, perhaps negative.
    static func money(_ description: String? = nil) -> JSONValue {
        with(typed("string", description), ["pattern": .string("^-?[0-9]+\\.[0-9]{2}$")])
    }

    /// A boolean.
    static func bool(_ description: String? = nil) -> JSONValue { typed("boolean", description) }

    /// A whole number.
    static func integer(_ description: String? = nil) -> JSONValue { typed("integer", description) }

    /// One of these strings.
    static func oneOf(_ words: [String], _ description: String? = nil) -> JSONValue {
        with(typed("string", description), ["enum": .array(words.map(JSONValue.string))])
    }

    /// An array of `items`.
    static func array(_ items: JSONValue, _ description: String? = nil) -> JSONValue {
        with(typed("array", description), ["items": items])
    }

    /// An object with these properties, the `required` ones named; other properties are allowed
    /// unless `closed` (results may gain fields; params may not).
    static func object(_ properties: [(String, JSONValue)], required: [String], closed: Bool = false,
                       _ description: String? = nil) -> JSONValue {
        var members = [JSONMember("type", .string("object"))]
        if let description { members.append(JSONMember("description", .string(description))) }
        members.append(JSONMember("properties", .object(properties.map { JSONMember($0.0, $0.1) })))
        members.append(JSONMember("required", .array(required.map(JSONValue.string))))
        if closed { members.append(JSONMember("additionalProperties", .bool(false))) }
        return .object(members)
    }

    /// An object with these properties, all required.
    static func record(_ properties: [(String, JSONValue)], _ description: String? = nil) -> JSONValue {
        object(properties, required: properties.map(\.0), description)
    }

    /// A value of any of these schemas.
    static func anyOf(_ schemas: [JSONValue]) -> JSONValue { .object(["anyOf": .array(schemas)]) }

    /// `{"type": type}` with a description.
    private static func typed(_ type: String, _ description: String?) -> JSONValue {
        described(.object(["type": .string(type)]), description)
    }

    /// The schema with a description, if one is given.
    private static func described(_ schema: JSONValue, _ description: String?) -> JSONValue {
        guard let description else { return schema }
        return with(schema, ["description": .string(description)])
    }

    /// The schema with more members.
    private static func with(_ schema: JSONValue, _ extra: KeyValuePairs<String, JSONValue>) -> JSONValue {
        guard case .object(var members) = schema else { return schema }
        members += extra.map { JSONMember($0.key, $0.value) }
        return .object(members)
    }
}
