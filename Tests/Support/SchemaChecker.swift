import Entitlements
import Foundation

/// A small JSON Schema (2020-12) checker for the keywords the project's schemas use: `type`,
/// `enum`, `const`, `pattern`, `minLength`, `minimum`, `maximum`, `properties`, `required`,
/// `additionalProperties`, `propertyNames`, `minProperties`, `dependentRequired`, `items`,
/// `minItems`, `maxItems`, `uniqueItems`, `anyOf`, `allOf`, `oneOf`, `not`, `if`/`then`/`else` and
/// local `$ref`s into `$defs`. Unknown keywords fail the check, so a schema cannot claim what is
/// not checked.
public struct SchemaChecker {
    /// The document local `$ref`s point into.
    let root: JSONValue

    /// The faults of `value` against `schema` (a whole document), each with its JSON pointer; empty
    /// when it is valid.
    public static func faults(_ value: JSONValue, _ schema: JSONValue, at path: String = "") -> [String] {
        SchemaChecker(root: schema).faults(value, schema, at: path)
    }

    /// The faults of `value` against `schema`, a part of `root`.
    func faults(_ value: JSONValue, _ schema: JSONValue, at path: String = "") -> [String] {
        if case .bool(let accepts) = schema { return accepts ? [] : ["\(path): no value is allowed here"] }
        guard case .object(let keywords) = schema else { return ["\(path): the schema is not an object"] }
        var faults: [String] = []
        for keyword in keywords {
            faults += check(keyword.key, keyword.value, value, schema, path)
        }
        return faults
    }

    /// Whether `value` is valid against `schema`.
    func valid(_ value: JSONValue, _ schema: JSONValue, at path: String) -> Bool { faults(value, schema, at: path).isEmpty }

    private func check(_ keyword: String, _ argument: JSONValue, _ value: JSONValue, _ schema: JSONValue,
                       _ path: String) -> [String] {
        switch keyword {
        case "description", "default", "$comment", "format", "$schema", "title", "$defs", "then", "else", "$id", "examples":
            return []
        case "$ref":
            guard case .string(let reference) = argument, reference.hasPrefix("#/") else { return ["\(path): bad $ref"] }
            var target: JSONValue? = root
            for token in reference.dropFirst(2).split(separator: "/") {
                let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
                target = target?[key]
            }
            guard let target else { return ["\(path): $ref \(reference) points nowhere"] }
            return faults(value, target, at: path)
        case "const":
            return value == argument ? [] : ["\(path): \(JSONWriter.string(value)) is not \(JSONWriter.string(argument))"]
        case "not":
            return valid(value, argument, at: path) ? ["\(path): matches a schema it must not"] : []
        case "allOf":
            guard case .array(let options) = argument else { return ["\(path): bad allOf"] }
            return options.flatMap { faults(value, $0, at: path) }
        case "oneOf":
            guard case .array(let options) = argument else { return ["\(path): bad oneOf"] }
            let matched = options.filter { valid(value, $0, at: path) }.count
            return matched == 1 ? [] : ["\(path): matches \(matched) of oneOf, not 1"]
        case "if":
            let branch = valid(value, argument, at: path) ? schema["then"] : schema["else"]
            return branch.map { faults(value, $0, at: path) } ?? []
        case "minProperties":
            guard case .object(let members) = value else { return [] }
            return members.count >= Self.number(argument) ? [] : ["\(path): fewer than \(Self.number(argument)) properties"]
        case "dependentRequired":
            guard case .object(let members) = value, case .object(let rules) = argument else { return [] }
            return rules.flatMap { rule -> [String] in
                guard members.contains(where: { $0.key == rule.key }), case .array(let needed) = rule.value else { return [] }
                return needed.compactMap { name in
                    guard case .string(let key) = name, !members.contains(where: { $0.key == key }) else { return nil }
                    return "\(path): \"\(rule.key)\" needs \"\(key)\""
                }
            }
        case "propertyNames":
            guard case .object(let members) = value else { return [] }
            return members.flatMap { faults(.string($0.key), argument, at: path + "/" + $0.key) }
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
            return text.unicodeScalars.count >= Self.number(argument) ? [] : ["\(path): shorter than \(Self.number(argument))"]
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
            guard case .object(let members) = value else { return [] }
            let known: [String]
            if case .object(let properties)? = schema["properties"] { known = properties.map(\.key) } else { known = [] }
            return members.filter { !known.contains($0.key) }.flatMap { member -> [String] in
                if argument == .bool(false) { return ["\(path): unknown property \"\(member.key)\""] }
                return faults(member.value, argument, at: path + "/" + member.key)
            }
        case "items":
            guard case .array(let elements) = value else { return [] }
            return elements.enumerated().flatMap { faults($0.element, argument, at: path + "/\($0.offset)") }
        case "minItems", "maxItems":
            guard case .array(let elements) = value else { return [] }
            let fine = keyword == "minItems" ? elements.count >= Self.number(argument) : elements.count <= Self.number(argument)
            return fine ? [] : ["\(path): \(elements.count) items breaks \(keyword) \(Self.number(argument))"]
        case "uniqueItems":
            guard case .array(let elements) = value, argument == .bool(true) else { return [] }
            for (index, element) in elements.enumerated() where elements[..<index].contains(element) {
                return ["\(path)/\(index): repeated"]
            }
            return []
        case "anyOf":
            guard case .array(let options) = argument else { return ["\(path): bad anyOf"] }
            return options.contains { valid(value, $0, at: path) } ? [] : ["\(path): matches none of anyOf"]
        default:
            return ["\(path): the checker does not know the keyword \"\(keyword)\""]
        }
    }

    private func matches(_ value: JSONValue, _ type: String) -> Bool {
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
