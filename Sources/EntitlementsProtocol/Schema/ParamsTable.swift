/// The params of every method as Markdown tables, from the method definitions: what
/// `docs/params.md` holds (kept equal by a test).
public enum ParamsTable {
    /// The whole document.
    public static var document: String {
        var text = """
            # Params, method by method

            Generated from the method definitions (`Sources/EntitlementsProtocol/Definition/`), the same
            that give the decoders, the command line's options, the JSON Schemas, `rpc.discover` and the
            MCP tools; `PARAMS_DOC_UPDATE=1 swift test --filter ParamsTable` rewrites this file. A nested
            param is written `schedule.frequency`. docs/protocol.md explains each method.

            """
        for definition in MethodRegistry.definitions where !definition.params.isEmpty {
            text += "\n## `\(definition.method.rawValue)`\n\n\(definition.summary.prefix(1).uppercased() + definition.summary.dropFirst()).\n\n"
            text += "| param | type | required | default | meaning | command line |\n|---|---|---|---|---|---|\n"
            for (name, param) in rows(definition.params, under: "") {
                let flags = param.flags.map { flag -> String in
                    switch flag {
                    case .option(let name, let value): "`--\(name) \(value ?? placeholder(param.type))`"
                    case .flag(let name, _, _): "`--\(name)`"
                    case .each(let name, let value): "`--\(name) \(value ?? placeholder(param.type))` (repeatable)"
                    }
                }
                text += "| `\(name)` | \(type(param.type)) | \(param.isRequired ? "yes" : "no") | "
                    + "\(param.defaultValue.map { "`\($0)`" } ?? "") | \(param.help) | \(flags.joined(separator: ", ")) |\n"
            }
        }
        return text
    }

    /// Each param with its dotted name, nested params after their object.
    static func rows(_ params: [Param], under prefix: String) -> [(String, Param)] {
        params.flatMap { param -> [(String, Param)] in
            let name = prefix + param.key.name
            guard case .object(let inner) = param.type, !inner.isEmpty else { return [(name, param)] }
            return [(name, param)] + rows(inner, under: name + ".")
        }
    }

    /// The placeholder of a value of `type` on the command line, as its help shows it.
    static func placeholder(_ type: ParamType) -> String {
        switch type {
        case .date: "DATE"
        case .money: "AMOUNT"
        case .integer: "N"
        case .choice, .choices: "WORD"
        default: "TEXT"
        }
    }

    /// A type in words.
    static func type(_ type: ParamType) -> String {
        switch type {
        case .date: "date `YYYY-MM-DD`"
        case .bool: "boolean"
        case .money: "money"
        case .string: "string"
        case .nonEmptyString: "non-empty string"
        case .choice(let words): "one of " + words.map { "`\($0)`" }.joined(separator: ", ")
        case .integer(let range): "whole number \(range.lowerBound)–\(range.upperBound)"
        case .choices(let words): "array of distinct " + words.map { "`\($0)`" }.joined(separator: ", ")
        case .object: "object"
        case .names(let count): "array of \(count) scheme names"
        }
    }
}
