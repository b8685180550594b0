import Entitlements

/// The checked result of parsing a command line: typed option values, positional arguments, and
/// whether help was asked for.
public struct ParsedArguments: Sendable {
    /// The command parsed for.
    public let spec: CommandSpec
    /// Whether `-h` or `--help` was given (nothing else is checked then).
    public let wantsHelp: Bool
    /// The positional arguments, in order.
    public let positionals: [String]
    /// Each given option's values in order (names without dashes).
    let given: [String: [ArgumentValue]]
    /// The names of given options, in the order first given.
    public let order: [String]

    /// Makes parsed arguments (the parser's result).
    init(spec: CommandSpec, wantsHelp: Bool, positionals: [String], given: [String: [ArgumentValue]], order: [String]) {
        self.spec = spec
        self.wantsHelp = wantsHelp
        self.positionals = positionals
        self.given = given
        self.order = order
    }

    /// Whether the option was given on the command line.
    public func has(_ name: String) -> Bool { given[name] != nil }

    /// The option's values: as given, else its default, else none.
    public func values(_ name: String) -> [ArgumentValue] {
        if let values = given[name] { return values }
        guard let option = spec.option(name), let text = option.defaultValue,
              let value = try? option.kind.convert(text, option: option.flag) else { return [] }
        return [value]
    }

    /// The option's (first) value, or its default.
    public func value(_ name: String) -> ArgumentValue? { values(name).first }

    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool { has(name) }

    /// A date option's value.
    public func date(_ name: String) -> CalendarDate? {
        if case .date(let date)? = value(name) { return date }
        return nil
    }

    /// A money option's value.
    public func money(_ name: String) -> Money? {
        if case .money(let amount)? = value(name) { return amount }
        return nil
    }

    /// A text, path or choice option's value.
    public func text(_ name: String) -> String? {
        if case .text(let text)? = value(name) { return text }
        return nil
    }

    /// Every value of a repeatable text option.
    public func texts(_ name: String) -> [String] {
        values(name).compactMap { value in
            if case .text(let text) = value { return text }
            return nil
        }
    }

    /// A whole-number option's value.
    public func integer(_ name: String) -> Int? {
        if case .integer(let number)? = value(name) { return number }
        return nil
    }

    /// A list option's words.
    public func list(_ name: String) -> [String]? {
        if case .list(let words)? = value(name) { return words }
        return nil
    }
}
