import Entitlements
@testable import EntitlementsCLI
import TestSupport
import Testing

/// Every golden case, asked on the command line: its options are derived from the request's params
/// through the same bindings the CLI uses, and `--json` must print exactly the golden result (or
/// fail with the golden error), its rule-book revision and version and engine version masked as the
/// golden files hold them (`GoldenMask`). So the command line and the protocol cannot disagree.
@Suite struct GoldenCommandLineTests {
    /// Command-line arguments for a request, or nil when a param has no option (e.g. an explicit default).
    static func arguments(_ request: JSONValue) -> [String]? {
        guard case .string(let method)? = request["method"], let params = request["params"] else { return nil }
        if method == "compare" {
            guard case .string(let inner)? = params["method"], let innerParams = params["params"],
                  let command = CompareCommand.comparable.first(where: { $0.method.rawValue == inner }),
                  var arguments = flags(innerParams, CompareCommand.options(for: command)) else { return nil }
            arguments = ["compare", command.name] + arguments
            if case .array(let schemes)? = params["schemes"] {
                arguments += ["--schemes", schemes.compactMap { if case .string(let s) = $0 { s } else { nil } }.joined(separator: ",")]
            }
            return arguments
        }
        let commands: [any EntitlementCommand.Type] = CompareCommand.comparable + [AssessCommand.self]
        guard let command = commands.first(where: { $0.method.rawValue == method }),
              let flags = flags(params, command.options) else { return nil }
        return [command.name] + flags
    }

    /// The options of the command `arguments` run.
    static func options(_ arguments: [String]) -> [BoundOption] {
        let commands: [any EntitlementCommand.Type] = CompareCommand.comparable + [AssessCommand.self]
        if arguments.first == "compare", let command = commands.first(where: { $0.name == arguments.dropFirst().first }) {
            return CompareCommand.options(for: command)
        }
        return commands.first { $0.name == arguments.first }?.options ?? []
    }

    /// The options that produce `params`.
    static func flags(_ params: JSONValue, _ options: [BoundOption], path: [String] = []) -> [String]? {
        guard case .object(let members) = params else { return nil }
        var arguments: [String] = []
        for member in members {
            let here = path + [member.key]
            var matched = false
            for option in options where option.binding?.path == here {
                switch option.binding {
                case .value?:
                    guard let text = text(member.value) else { return nil }
                    arguments += [option.spec.flag, text]
                    matched = true
                case .constant(let constant, _)? where constant == member.value:
                    arguments.append(option.spec.flag)
                    matched = true
                case .each?:
                    guard case .array(let items) = member.value else { return nil }
                    for item in items {
                        guard let text = text(item) else { return nil }
                        arguments += [option.spec.flag, text]
                    }
                    matched = true
                default:
                    continue
                }
                break
            }
            if !matched {
                guard case .object = member.value, let nested = flags(member.value, options, path: here) else { return nil }
                arguments += nested
            }
        }
        return arguments
    }

    static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text), .number(let text): text
        default: nil
        }
    }

    /// The cases about a method's params or result (not the envelope, such as a missing `jsonrpc`).
    static let cases: [GoldenCase] = ((try? GoldenCase.all()) ?? []).filter { golden in
        guard let response = golden.root["response"], golden.root["request"]?["jsonrpc"] == .string("2.0") else { return false }
        if response["result"] != nil { return true }
        guard case .number(let code)? = response["error"]?["code"] else { return false }
        return ["-32602", "-32001", "-32002"].contains(code)
    }

    @Test func mostCasesCanBeAskedOnTheCommandLine() {
        let asked = Self.cases.filter { $0.root["request"].flatMap(Self.arguments) != nil }
        #expect(asked.count >= 90, "only \(asked.count) of \(Self.cases.count) golden cases map to command lines")
    }

    @Test(arguments: cases.filter { $0.root["request"].flatMap(arguments) != nil })
    func goldenCase(_ golden: GoldenCase) throws {
        let arguments = try #require(golden.root["request"].flatMap(Self.arguments))
        let response = try #require(golden.root["response"])
        let run = runTool(arguments + ["--json"])
        if let result = response["result"] {
            #expect(run.status == 0, "\(arguments): \(run.err)")
            #expect(GoldenMask.masked(output: run.out) == JSONWriter.string(result) + "\n", "\(golden.name)")
            #expect(run.err.isEmpty)
        } else if let error = response["error"], case .number(let code)? = error["code"], case .string(let message)? = error["message"] {
            #expect(run.out.isEmpty)
            // The command line speaks in flags: the protocol's message with its params written as flags.
            let flagged = ParamsBuilder.flagsInText(message, near: [], in: Self.options(arguments))
            if code == "-32602" {
                // A bad value is a usage error whether the parser or the engine finds it.
                #expect(run.status == 2, "\(golden.name): \(run.err)")
            } else if code == "-32001" || code == "-32002" {
                #expect(run.status == 1)
                #expect(run.err.contains(flagged), "\(golden.name): \(run.err)")
            }
        }
    }

    @Test func humanOutputShowsTheGoldenTotal() throws {
        for golden in Self.cases {
            guard let arguments = golden.root["request"].flatMap(Self.arguments), case .string(let total)? = golden.root["response"]?["result"]?["total"],
                  let money = try? Money(parsing: total) else { continue }
            let run = runTool(arguments)
            #expect(run.out.contains(money.formatted), "\(golden.name)")
        }
    }
}
