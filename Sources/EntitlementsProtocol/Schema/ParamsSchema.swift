import Entitlements

extension MethodDefinition {
    /// The JSON Schema of the method's params object, derived from its params: what the decoders
    /// accept (unknown keys are refused).
    public var paramsSchema: JSONValue {
        ParamsSchema.object(params)
    }
}

/// JSON Schemas of params, from their declarations.
enum ParamsSchema {
    /// The object holding `params`.
    static func object(_ params: [Param]) -> JSONValue {
        JSONSchema.object(params.map { ($0.key.name, schema($0)) }, required: params.filter(\.isRequired).map(\.key.name),
                          closed: true)
    }

    /// One param's schema, with its help and default.
    static func schema(_ param: Param) -> JSONValue {
        guard case .object(var members) = type(param.type) else { return type(param.type) }
        members.append(JSONMember("description", .string(param.help)))
        if let value = param.defaultValue, let parsed = try? JSONParser.parse(Array(value.utf8)) {
            members.append(JSONMember("default", parsed))
        }
        return .object(members)
    }

    /// The schema of a value of `type`.
    static func type(_ type: ParamType) -> JSONValue {
        switch type {
        case .date: return JSONSchema.date()
        case .bool: return JSONSchema.bool()
        case .money:
            let string = JSONValue.object(["type": .string("string"), "pattern": .string("^[0-9]+(\\.[0-9]{1,2})?$")])
            let number = JSONValue.object(["type": .string("number"), "minimum": .number("0"), "maximum": .number("1000000000")])
            return .object(["anyOf": .array([string, number]),
                            "$comment": .string("money: at most two decimals, not negative, at most 1000000000")])
        case .string: return JSONSchema.string()
        case .nonEmptyString: return .object(["type": .string("string"), "minLength": .number("1")])
        case .choice(let words): return JSONSchema.oneOf(words)
        case .integer(let range):
            return .object(["type": .string("integer"), "minimum": .number(String(range.lowerBound)),
                            "maximum": .number(String(range.upperBound))])
        case .choices(let words):
            return .object(["type": .string("array"), "items": JSONSchema.oneOf(words), "uniqueItems": .bool(true)])
        case .object(let params):
            return params.isEmpty ? .object(["type": .string("object")]) : object(params)
        case .names(let count):
            return .object(["type": .string("array"), "items": .object(["type": .string("string"), "minLength": .number("1")]),
                            "minItems": .number(String(count)), "maxItems": .number(String(count))])
        }
    }
}
