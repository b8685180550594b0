import Entitlements

/// Which command the first arguments select.
enum Route {
    /// `entitlements`, `--help`, `-h` or `help`.
    case topHelp
    /// Help for a group of subcommands (`rules`, `compare`).
    case groupHelp(String)
    /// A subcommand and the arguments after its name.
    case command(any Command.Type, [String])
    /// `compare SUBCOMMAND` and the arguments after it.
    case compare(any EntitlementCommand.Type, [String])
    /// A mistake before any subcommand's options: the command it concerns, if any, and what is wrong.
    case mistake(String?, UsageError)

    /// The calculations, reached by their first word.
    static var calculations: [any Command.Type] {
        [KinshipCommand.self, GrantCommand.self, BursaryCommand.self, StayingPutCommand.self, PrescriptionCommand.self, AssessCommand.self]
    }

    /// The finance team's commands (arrears, statements), reached by their first word.
    static var finance: [any Command.Type] { [ArrearsCommand.self, StatementCommand.self] }

    /// The streams and the version, reached by their first word.
    static var streams: [any Command.Type] { [ServeCommand.self, BatchCommand.self, VersionCommand.self] }

    /// The subcommands reached by their first word.
    static var commands: [any Command.Type] { calculations + finance + streams }

    /// The `rules` subcommands (`rules describe`, `rules check`, `rules export`).
    static var ruleCommands: [any Command.Type] { [RulesDescribeCommand.self, RulesCheckCommand.self, RulesExportCommand.self] }

    /// Every declaration in the order the top-level help lists them.
    static var listed: [CommandSpec] {
        calculations.map { $0.spec } + [CompareCommand.spec] + ruleCommands.map { $0.spec } + finance.map { $0.spec } + streams.map { $0.spec }
    }

    /// Every declaration, for help and to trace options to their commands.
    static var allSpecs: [CommandSpec] {
        commands.map { $0.spec } + ruleCommands.map { $0.spec } + [CompareCommand.spec, CaseloadTemplateCommand.spec]
    }

    /// Every first word.
    static var words: [String] {
        commands.map { $0.spec.name } + [CompareCommand.name, "rules", "caseload", "help"]
    }

    /// Routes the arguments.
    init(_ arguments: [String]) {
        let help = HelpText(program: CommandLineTool.program)
        guard let first = arguments.first else {
            self = .mistake(nil, UsageError(.unknownCommand, "no subcommand given", suggestion: "try \(CommandLineTool.program) --help"))
            return
        }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "-h", "--help":
            self = .topHelp
        case "help":
            self = rest.isEmpty ? .topHelp : Route(rest + ["--help"])
        case "--version":
            self = .command(VersionCommand.self, rest)
        case "rules":
            let words = Route.ruleCommands.map { String($0.spec.name.dropFirst("rules ".count)) }
            switch rest.first {
            case nil, "-h", "--help":
                self = .groupHelp(Route.ruleCommands.map { help.help($0.spec) }.joined(separator: "\n"))
            case let word?:
                if let command = Route.ruleCommands.first(where: { $0.spec.name == "rules " + word }) {
                    self = .command(command, Array(rest.dropFirst()))
                } else {
                    let nearest = EditDistance.nearest(to: word, in: words)
                    self = .mistake("rules", UsageError(.unknownCommand, "unknown rules subcommand \"\(UsageError.clipped(word))\"",
                                                        suggestion: "use " + words.map { "rules " + $0 }.joined(separator: ", ")
                                                            + (nearest.map { " (did you mean \($0)?)" } ?? "")))
                }
            }
        case "caseload":
            switch rest.first {
            case "template": self = .command(CaseloadTemplateCommand.self, Array(rest.dropFirst()))
            case nil, "-h", "--help": self = .groupHelp(help.help(CaseloadTemplateCommand.spec))
            case let word?:
                self = .mistake("caseload", UsageError(.unknownCommand, "unknown caseload subcommand \"\(UsageError.clipped(word))\"",
                                                       suggestion: "use caseload template METHOD"))
            }
        case CompareCommand.name:
            guard let word = rest.first, word != "-h", word != "--help" else {
                self = rest.isEmpty
                    ? .mistake(CompareCommand.name, UsageError(.missingArgument, "missing SUBCOMMAND",
                                                     suggestion: CompareCommand.comparable.first?.compareExample.map { "e.g. " + help.commandLine($0) }))
                    : .groupHelp(help.help(CompareCommand.spec))
                return
            }
            let names = CompareCommand.comparable.map { $0.name }
            if let inner = CompareCommand.comparable.first(where: { $0.name == word }) {
                self = .compare(inner, Array(rest.dropFirst()))
            } else {
                let nearest = EditDistance.nearest(to: word, in: names)
                self = .mistake(CompareCommand.name, UsageError(.unknownCommand, "cannot compare \"\(UsageError.clipped(word))\"",
                                                      suggestion: nearest.map { "did you mean \($0)?" } ?? "use one of: \(names.joined(separator: ", "))"))
            }
        default:
            if let command = Route.commands.first(where: { $0.spec.name == first }) {
                self = .command(command, rest)
            } else if first.hasPrefix("-") {
                self = .mistake(nil, UsageError(.unknownOption, "\(UsageError.clipped(first)) comes before any subcommand",
                                                suggestion: "write \(CommandLineTool.program) SUBCOMMAND [options]; see \(CommandLineTool.program) --help"))
            } else {
                let nearest = EditDistance.nearest(to: first, in: Route.words)
                self = .mistake(nil, UsageError(.unknownCommand, "unknown subcommand \"\(UsageError.clipped(first))\"",
                                                suggestion: nearest.map { "did you mean \($0)?" }))
            }
        }
    }

    /// The command named in messages, e.g. `kinship` or `compare kinship`.
    var commandName: String? {
        switch self {
        case .topHelp, .groupHelp: nil
        case .command(let command, _): command.spec.name
        case .compare(let inner, _): "compare \(inner.name)"
        case .mistake(let name, _): name
        }
    }
}
