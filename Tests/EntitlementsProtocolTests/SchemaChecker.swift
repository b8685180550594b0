import Entitlements
import Foundation

/// A small JSON Schema checker for the keywords the project's schemas use: `type`, `enum`,
/// `pattern`, `minLength`, `minimum`, `maximum`, `properties`, `required`, `additionalProperties`,
/// `items`, `minItems`, `maxItems`, `uniqueItems` and `anyOf`. Unknown keywords fail the check, so
/// a schema cannot claim what is not checked.
enum SchemaChecker {
    /// The faults of `value` against `schema`, each with its JSON pointer; empty when it is valid.
    static func faults(_ value: JSONValue, _ schema: JSONValue, at path: String = "") -> [String] {
        guard case .object(let keywords) = schema else { return ["\(path): the schema is not an object"] }
        var faults: [String] = []
        for keyword in keywords {
            faults += check(keyword.key, keyword.value, value, schema, path)
        }
        return faults
    }

    private static func check(_ keyword: String, _ argument: JSONValue, _ value: JSONValue, _ schema: JSONValue,
                              _ path: String) -> [String] {
        switch keyword {
        case "description", "default", "$comment", "format", "$schema", "title":
            return []
        case "type":
            let types: [String]
            switch argument {
            case .string(let type): types = [type]
            case .array(let list): types = list.compactMap { if case .string(let t) = $0 { t } else { nil } }
            default: return ["\(path): bad type keyword"]
            }
            return types.contains(where: { matches(value, $0) }) ? [] : ["\(path): expected \(types), got \(value.typeName)"]
        case "enum":
            guard case .array(let options) = argument else { return ["\(path): bad enum"] }
            return options.contains(value) ? [] : ["\(path): \(JSONWriter.string(value)) is not one of \(JSONWriter.string(argument))"]
        case "pattern":
            guard case .string(let text) = value else { return [] }
            guard case .string(let pattern) = argument, let regex = try? NSRegularExpression(pattern: pattern) else {
                return ["\(path): bad pattern"]
            }
            let range = NSRange(text.startIndex..., in: text)
            return regex.firstMatch(in: text, range: range) != nil ? [] : ["\(path): \"\(text)\" does not match \(pattern)"]
        case "minLength":
            guard case .string(let text) = value else { return [] }
            return text.unicodeScalars.count >= number(argument) ? [] : ["\(path): shorter than \(number(argument))"]
        case "minimum", "maximum":
            guard case .number(let text) = value, let given = Decimal(string: text) else { return [] }
            guard case .number(let bound) = argument, let limit = Decimal(string: bound) else { return ["\(path): bad bound"] }
            let fine = keyword == "minimum" ? given >= limit : given <= limit
            return fine ? [] : ["\(path): \(text) is past the \(keyword) \(bound)"]
        case "properties":
            guard case .object(let members) = value, case .object(let properties) = argument else { return [] }
            return members.flatMap { member in
                properties.first { $0.key == member.key }.map { faults(member.value, $0.value, at: path + "/" + member.key) } ?? []
            }
        case "required":
            guard case .object(let members) = value, case .array(let names) = argument else { return [] }
            return names.compactMap { name in
                guard case .string(let key) = name else { return "\(path): bad required" }
                return members.contains { $0.key == key } ? nil : "\(path): \"\(key)\" is required"
            }
        case "additionalProperties":
            guard case .object(let members) = value, argument == .bool(false) else { return [] }
            let known: [String]
            if case .object(let properties)? = schema["properties"] { known = properties.map(\.key) } else { known = [] }
            return members.filter { !known.contains($0.key) }.map { "\(path): unknown property \"\($0.key)\"" }
        case "items":
            guard case .array(let elements) = value else { return [] }
            return elements.enumerated().flatMap { faults($0.element, argument, at: path + "/\($0.offset)") }
        case "minItems", "maxItems":
            guard case .array(let elements) = value else { return [] }
            let fine = keyword == "minItems" ? elements.count >= number(argument) : elements.count <= number(argument)
            return fine ? [] : ["\(path): \(elements.count) items breaks \(keyword) \(number(argument))"]
        case "uniqueItems":
            guard case .array(let elements) = value, argument == .bool(true) else { return [] }
            for (index, element) in elements.enumerated() where elements[..<index].contains(element) {
                return ["\(path)/\(index): repeated"]
            }
            return []
        case "anyOf":
            guard case .array(let options) = argument else { return ["\(path): bad anyOf"] }
            return options.contains { faults(value, $0, at: path).isEmpty } ? [] : ["\(path): matches none of anyOf"]
        default:
            return ["\(path): the checker does not know the keyword \"\(keyword)\""]
        }
    }

    private static func matches(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object),
             ("number", .number): return true
        case ("integer", .number(let text)): return !text.contains(".") && !text.lowercased().contains("e")
        default: return false
        }
    }

    private static func number(_ value: JSONValue) -> Int {
        if case .number(let text) = value { return Int(text) ?? 0 }
        return 0
    }
}
