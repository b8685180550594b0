import Entitlements
import EntitlementsProtocol

/// Builds a protocol params object from parsed options, and maps a param's JSON pointer back to
/// the option that filled it, so protocol errors name the flag the user typed.
enum ParamsBuilder {
    /// The params object for the given options (only options actually given are sent).
    static func params(_ arguments: ParsedArguments, _ options: [BoundOption]) -> JSONValue {
        var members: [JSONMember] = []
        for name in arguments.order {
            guard let option = options.first(where: { $0.spec.name == name }), let binding = option.binding else { continue }
            switch binding {
            case .value(let path):
                if let value = arguments.value(name) { insert(json(value), at: path[...], into: &members) }
            case .constant(let constant, let path):
                insert(constant, at: path[...], into: &members)
            case .each(let path):
                insert(.array(arguments.values(name).map(json)), at: path[...], into: &members)
            }
        }
        return .object(members)
    }

    /// A typed option value as JSON: dates and money as protocol strings, numbers as numbers.
    static func json(_ value: ArgumentValue) -> JSONValue {
        switch value {
        case .flag: .bool(true)
        case .date(let date): .string(date.isoText)
        case .money(let amount): .string(amount.decimalText)
        case .text(let text): .string(text)
        case .integer(let number): .number(String(number))
        case .list(let words): .array(words.map(JSONValue.string))
        }
    }

    /// Puts `value` at a key path, creating or extending nested objects.
    static func insert(_ value: JSONValue, at path: ArraySlice<String>, into members: inout [JSONMember]) {
        guard let key = path.first else { return }
        let index = members.firstIndex { $0.key == key }
        if path.count == 1 {
            if let index { members[index].value = value } else { members.append(JSONMember(key, value)) }
            return
        }
        var inner: [JSONMember] = []
        if let index, case .object(let existing) = members[index].value { inner = existing }
        insert(value, at: path.dropFirst(), into: &inner)
        if let index { members[index].value = .object(inner) } else { members.append(JSONMember(key, .object(inner))) }
    }

    /// The option (e.g. `--anchor`) that fills the param at a JSON pointer below `prefix`
    /// (e.g. `/params/schedule/anchor` under `/params`), if any.
    static func option(forPointer pointer: String, under prefix: String, in options: [BoundOption]) -> String? {
        guard pointer.hasPrefix(prefix + "/") else { return nil }
        let keys = pointer.dropFirst(prefix.count + 1).split(separator: "/").map(String.init)
        var best: (length: Int, flag: String)?
        for option in options {
            guard let path = option.binding?.path else { continue }
            let shared = zip(path, keys).prefix { $0 == $1 }.count
            guard shared > 0, shared == min(path.count, keys.count) else { continue }
            if best.map({ shared > $0.length }) ?? true { best = (shared, option.spec.flag) }
        }
        return best?.flag
    }

    /// A protocol message with the params it names written as the flags that set them: a quoted
    /// key (`"to"`) or a camel-case key (`weeklyRate`) becomes its option (`--to`, `--weekly-rate`).
    /// Keys are looked up beside `parent` (the object holding the faulty param), then at the top.
    static func flagsInText(_ message: String, near parent: [String], in options: [BoundOption]) -> String {
        var text = message
        for key in ParamKey.allCases.map(\.name).sorted(by: { $0.count > $1.count }) {
            // `allowEstimated: true` is the flag alone.
            if let set = options.first(where: { if case .constant(.bool(true), [key])? = $0.binding { true } else { false } }) {
                text = text.replacingOccurrences(of: "\(key): true", with: set.spec.flag)
            }
            guard let flag = flag(forKey: key, near: parent, in: options) else { continue }
            text = text.replacingOccurrences(of: "\"\(key)\"", with: flag)
            if key.contains(where: \.isUppercase) { text = replacingWord(key, with: flag, in: text) }
        }
        return text
    }

    /// The option that sets `key` beside `parent`, else at the top level (a value option first).
    static func flag(forKey key: String, near parent: [String], in options: [BoundOption]) -> String? {
        for path in [parent + [key], [key]] {
            let matching = options.filter { $0.binding?.path == path }
            let valueFirst = matching.first { if case .value? = $0.binding { true } else { false } } ?? matching.first
            if let option = valueFirst { return option.spec.flag }
        }
        return nil
    }

    /// `text` with each whole-word `word` (not inside a longer name or a flag) replaced.
    static func replacingWord(_ word: String, with replacement: String, in text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: word) {
            let before = rest[..<range.lowerBound].last ?? (result.last ?? " ")
            let after = rest[range.upperBound...].first ?? " "
            let isWord = !(before.isLetter || before.isNumber || before == "-") && !(after.isLetter || after.isNumber)
            result += rest[..<range.lowerBound] + (isWord ? replacement : String(rest[range]))
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
