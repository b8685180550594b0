import Entitlements
import EntitlementsProtocol
import Foundation

/// The `entitlements` command: parses arguments and runs a subcommand, returning the exit status.
public enum CommandLineTool {
    /// The program name used in help and messages.
    static let program = "entitlements"

    /// Runs with the arguments after the program name; returns the exit status.
    public static func run(_ arguments: [String]) -> Int32 {
        Console.holdClosedStandardDescriptors()
        var invocation = Invocation(console: Console(style: .forStandardOutput(environment: ProcessInfo.processInfo.environment)))
        let status = run(arguments, in: &invocation)
        if let failure = invocation.console.flush() {
            let name = Route(arguments).commandName.map { " " + $0 } ?? ""
            Descriptor.writeAll("\(program)\(name): \(failure.message)\n", to: 2)
            return ExitStatus.inputOutputFailed.rawValue
        }
        return status
    }

    /// Runs in memory: output gathers in the invocation's console.
    static func run(_ arguments: [String], in invocation: inout Invocation) -> Int32 {
        let route = Route(arguments)
        do throws(CommandFailure) {
            switch route {
            case .topHelp:
                invocation.console.print(TopLevelHelp.text)
            case .groupHelp(let text):
                invocation.console.print(text)
            case .command(let command, let rest):
                let parsed = try parse(rest, for: command.spec)
                if parsed.wantsHelp {
                    invocation.console.print(HelpText(program: program).help(command.spec))
                } else {
                    try command.run(parsed, in: &invocation)
                }
            case .compare(let inner, let rest):
                let spec = CompareCommand.spec(for: inner)
                let parsed = try parse(rest, for: spec)
                if parsed.wantsHelp {
                    invocation.console.print(HelpText(program: program).help(spec))
                } else {
                    try CompareCommand.run(inner, parsed, in: &invocation)
                }
            case .mistake(let name, let error):
                throw CommandFailure.usage(error.suggesting("see \(program) \(name.map { $0 + " " } ?? "")--help"))
            }
        } catch {
            invocation.console.out = ""
            let name = route.commandName.map { " " + $0 } ?? ""
            switch error {
            case .usage(let usage): invocation.console.error("\(program)\(name): \(usage.description)")
            case .notComputed(let message): invocation.console.error("\(program)\(name): \(message)")
            case .invalidRuleBook(let message): invocation.console.error(message)
            case .inputOutput(let failure): invocation.console.error("\(program)\(name): \(failure.message)")
            }
            return error.status.rawValue
        }
        return invocation.status
    }

    /// Parses a command's arguments; a mistake gets a pointer to its help when it has no suggestion.
    static func parse(_ arguments: [String], for spec: CommandSpec) throws(CommandFailure) -> ParsedArguments {
        do {
            return try ArgumentParser(otherCommands: Route.allSpecs).parse(arguments, for: spec)
        } catch {
            throw .usage(error.suggesting("see \(program) \(spec.name) --help"))
        }
    }
}
