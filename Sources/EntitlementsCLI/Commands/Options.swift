import Entitlements
import EntitlementsProtocol

/// The command line's options: each method's, derived from its params' declared flags, and the
/// few that belong to the command line alone.
enum Options {
    /// The options that set `definition`'s params, in the order its params are declared.
    static func params(_ definition: MethodDefinition) -> [BoundOption] {
        options(definition.params, under: [])
    }

    /// The options of `params`, whose keys sit below `path`.
    private static func options(_ params: [Param], under path: [String]) -> [BoundOption] {
        params.flatMap { param -> [BoundOption] in
            let keyPath = path + [param.key.name]
            if case .object(let inner) = param.type { return options(inner, under: keyPath) }
            return param.flags.map { option(param, $0, keyPath, topLevel: path.isEmpty) }
        }
    }

    /// The option one flag declares.
    private static func option(_ param: Param, _ flag: CommandLineFlag, _ path: [String], topLevel: Bool) -> BoundOption {
        let required = topLevel && param.isRequired
        switch flag {
        case .option(let name, let valueName):
            let shown = param.defaultValue.map { $0.trimmingCharacters(in: ["\""]) }
            return BoundOption(OptionSpec(name, kind(param.type), help: param.help, valueName: valueName, default: shown,
                                          required: required), .value(path))
        case .flag(let name, let value, let help):
            let constant: JSONValue
            switch value {
            case .bool(let flag): constant = .bool(flag)
            case .word(let word): constant = .string(word)
            }
            return BoundOption(OptionSpec(name, .flag, help: help ?? param.help), .constant(constant, path))
        case .each(let name, let valueName):
            return BoundOption(OptionSpec(name, kind(param.type), help: param.help, valueName: valueName, repeatable: true),
                               .each(path))
        }
    }

    /// The command line's value kind for a param's type.
    private static func kind(_ type: ParamType) -> ValueKind {
        switch type {
        case .date: .date
        case .bool: .flag
        case .money: .money
        case .string, .nonEmptyString, .object: .string
        case .choice(let words), .choices(let words): .choice(words)
        case .integer(let range): .integer(range)
        case .names(let count): .list(count: count)
        }
    }

    /// The rule that a region or a council is needed.
    static let placeRule = OptionRule.oneOrMore(["region", "la"])

    /// `--json`: print the protocol's result object.
    static let json = BoundOption(OptionSpec("json", .flag, help: "print the JSON protocol's result object instead of tables"), nil)
    /// `--rules DIR`: another rule book.
    static let rules = BoundOption(
        OptionSpec("rules", .path, help: "use the rule book in this directory instead of the built-in one", valueName: "DIR"), nil)
}
