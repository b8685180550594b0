import Entitlements

/// Parses a subcommand's arguments against its declaration: `--name value`, `--name=value`, flags,
/// `--` before positional arguments, `-h`/`--help`; then checks required options and the rules
/// between options. Every mistake is a `UsageError` with one line of explanation.
public struct ArgumentParser: Sendable {
    /// The other commands, to say where an option that is unknown here belongs.
    public let otherCommands: [CommandSpec]

    /// Makes a parser; `otherCommands` lets an unknown option be traced to the commands that take it.
    public init(otherCommands: [CommandSpec] = []) {
        self.otherCommands = otherCommands
    }

    /// Parses `arguments` (after the subcommand's name) for `spec`.
    public func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        let optionsEnd = arguments.firstIndex(of: "--") ?? arguments.endIndex
        if arguments[..<optionsEnd].contains(where: { $0 == "-h" || $0 == "--help" }) {
            return ParsedArguments(spec: spec, wantsHelp: true, positionals: [], given: [:], order: [])
        }
        var given: [String: [ArgumentValue]] = [:]
        var order: [String] = []
        var positionals: [String] = []
        var index = 0
        while index < optionsEnd {
            let argument = arguments[index]
            index += 1
            if argument.hasPrefix("--") {
                let (option, value) = try read(argument, in: spec, from: arguments[index..<optionsEnd], advancing: &index)
                if given[option.name] != nil, !option.isRepeatable {
                    throw UsageError(.repeatedOption, "\(option.flag) is given more than once", suggestion: "give it once")
                }
                if given[option.name] == nil { order.append(option.name) }
                given[option.name, default: []].append(value)
            } else if argument.count > 1, argument.hasPrefix("-"), !Self.isNegativeNumber(argument) {
                let guess = spec.option(String(argument.dropFirst()))
                throw UsageError(.unknownOption, "unknown option \(UsageError.clipped(argument))",
                                 suggestion: guess.map { "did you mean \($0.flag)?" } ?? "options are written with two dashes, e.g. --help")
            } else {
                positionals.append(argument)
            }
        }
        if optionsEnd < arguments.endIndex { positionals += arguments[(optionsEnd + 1)...] }
        try check(positionals, for: spec)
        let parsed = ParsedArguments(spec: spec, wantsHelp: false, positionals: positionals, given: given, order: order)
        try check(parsed)
        return parsed
    }

    /// Reads one `--name` or `--name=value` argument; a value not given inline is taken from `rest`
    /// (the arguments before `--` that follow), moving `index` past it.
    func read(_ argument: String, in spec: CommandSpec, from rest: ArraySlice<String>,
              advancing index: inout Int) throws(UsageError) -> (OptionSpec, ArgumentValue) {
        let body = argument.dropFirst(2)
        let name = String(body.prefix { $0 != "=" })
        let inline = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
        let option = try declared(name, in: spec)
        guard option.kind.takesValue else {
            if inline != nil {
                throw UsageError(.unexpectedValue, "\(option.flag) is a flag and takes no value", suggestion: "write \(option.flag) alone")
            }
            return (option, .flag)
        }
        if let inline { return (option, try option.kind.convert(inline, option: option.flag)) }
        guard let next = rest.first, !next.hasPrefix("--") else {
            throw UsageError(.missingValue, "\(option.flag) needs a value: \(option.valueName) (\(option.help))")
        }
        index += 1
        return (option, try option.kind.convert(next, option: option.flag))
    }

    /// The declared option `name`, or an error suggesting the nearest.
    func declared(_ name: String, in spec: CommandSpec) throws(UsageError) -> OptionSpec {
        if let option = spec.option(name) { return option }
        let shown = "--" + UsageError.clipped(name)
        if name.isEmpty { throw UsageError(.unknownOption, "unknown option --=", suggestion: "write --name value or --name=value") }
        let candidates = spec.options.map(\.name) + ["help"]
        if let nearest = EditDistance.nearest(to: name, in: candidates) {
            throw UsageError(.unknownOption, "unknown option \(shown)", suggestion: "did you mean --\(nearest)?")
        }
        let owners = otherCommands.filter { $0.name != spec.name && $0.option(name) != nil }.map(\.name)
        if !owners.isEmpty {
            throw UsageError(.unknownOption, "unknown option \(shown) for \(spec.name)",
                             suggestion: "it belongs to: \(owners.joined(separator: ", "))")
        }
        throw UsageError(.unknownOption, "unknown option \(shown)")
    }

    /// Checks the number of positional arguments.
    func check(_ positionals: [String], for spec: CommandSpec) throws(UsageError) {
        if positionals.count > spec.positionals.count {
            let extra = positionals[spec.positionals.count]
            throw UsageError(.unexpectedArgument, "unexpected argument \"\(UsageError.clipped(extra))\"",
                             suggestion: spec.positionals.isEmpty ? "\(spec.name) takes options only" : nil)
        }
        if positionals.count < spec.positionals.count {
            let missing = spec.positionals[positionals.count]
            throw UsageError(.missingArgument, "missing \(missing.name) (\(missing.help))")
        }
    }

    /// Checks required options and the rules between options.
    func check(_ parsed: ParsedArguments) throws(UsageError) {
        let spec = parsed.spec
        for option in spec.options where option.isRequired && !parsed.has(option.name) {
            throw UsageError(.missingOption, "missing \(option.synopsis) (\(option.help))")
        }
        for rule in spec.rules {
            switch rule {
            case .oneOrMore(let names):
                if !names.contains(where: parsed.has) {
                    let choices = names.compactMap(spec.option).map(\.synopsis)
                    throw UsageError(.missingOption, "missing \(choices.joined(separator: " or "))")
                }
            case .exclusive(let names):
                let present = names.filter(parsed.has).map { "--" + $0 }
                if present.count > 1 {
                    throw UsageError(.conflict, "\(present.joined(separator: " and ")) cannot be used together", suggestion: "give one of them")
                }
            case .requires(let name, let needed):
                if parsed.has(name), !parsed.has(needed) {
                    throw UsageError(.conflict, "--\(name) needs --\(needed)")
                }
            }
        }
    }

    /// Whether an argument is a negative number (a value, not an option), e.g. `-5` or `-1.50`.
    static func isNegativeNumber(_ argument: String) -> Bool {
        let rest = argument.dropFirst()
        return !rest.isEmpty && rest.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    }
}
