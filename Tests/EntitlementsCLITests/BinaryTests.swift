import Entitlements
@testable import EntitlementsCLI
import Foundation
import TestSupport
import Testing

/// The built `entitlements` executable, run as a user would: output, exit statuses, colour, help.
@Suite struct BinaryTests {
    static let london = ["kinship", "--dob", "2014-09-03", "--region", "london", "--from", "2025-04-01", "--to", "2026-03-31"]

    /// Every command's help, as typed: the words of its name, then `--help`.
    static var helpCommands: [(words: [String], spec: CommandSpec)] {
        Route.allSpecs.map { ($0.name.split(separator: " ").map(String.init), $0) }
            + CompareCommand.comparable.map { ["compare", $0.name] }.map { words in
                (words, CompareCommand.spec(for: CompareCommand.comparable.first { $0.name == words[1] } ?? KinshipCommand.self))
            }
    }

    @Test func theBinaryIsFound() throws {
        _ = try Binary.url.get()
    }

    @Test func helpOfEverySubcommandShowsItsExample() throws {
        let help = HelpText(program: "entitlements")
        for (words, spec) in Self.helpCommands {
            let run = try Binary.run(words + ["--help"])
            #expect(run.status == 0, "\(words)")
            #expect(run.err.isEmpty)
            #expect(run.out.hasPrefix("entitlements \(spec.name): "), "\(words)")
            let example = try #require(spec.examples.first, "\(spec.name) has no example")
            #expect(run.out.contains(help.commandLine(example)), "\(words)")
        }
        let top = try Binary.run(["--help"])
        #expect(top.status == 0)
        #expect(top.out.contains(help.commandLine(KinshipCommand.examples[0])))
    }

    /// Every example in every help text works when run (serve and batch with their piped input).
    @Test func everyExampleWorks() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("entitlements-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for (_, spec) in Self.helpCommands {
            for example in spec.examples {
                // Examples that read the repository's files run there; rules export writes, so it runs in the scratch directory.
                let inRepository = (example.arguments.first == "rules" && example.arguments.dropFirst().first != "export")
                    || ["arrears", "statement"].contains(example.arguments.first ?? "")
                let directory = inRepository ? Binary.repository : scratch
                let run = try Binary.run(example.arguments, input: example.input, directory: directory)
                #expect(run.status == 0, "\(example.arguments): \(run.err)")
                #expect(!run.out.isEmpty, "\(example.arguments)")
            }
        }
    }

    @Test func kinshipLondon() throws {
        let run = try Binary.run(Self.london)
        #expect(run.status == 0)
        #expect(run.err.isEmpty)
        #expect(run.out.contains("£12,692.14"))
        #expect(run.out.contains("\nTotal  £12,692.14\n"))
    }

    @Test func kinshipLondonJSONIsTheGoldenResult() throws {
        let run = try Binary.run(Self.london + ["--json"])
        #expect(run.status == 0)
        let result = try JSONParser.parse(String(run.out.dropLast()))
        #expect(result["total"] == .string("12692.14"))
        let golden = try #require(try GoldenCase.named("kinship-london-band-change-2025-26"))
        #expect(GoldenMask.masked(output: run.out) == JSONWriter.string(golden.root["response"]?["result"] ?? .null) + "\n")
    }

    @Test func exitStatusOneForARequestThatCannotBeComputed() throws {
        let run = try Binary.run(["kinship", "--dob", "2014-09-03", "--region", "london", "--from", "2026-04-01", "--to", "2027-03-31"])
        #expect(run.status == 1)
        #expect(run.out.isEmpty)
        #expect(run.err.hasPrefix("entitlements kinship: no enacted Fostering National Minimum Allowance, England value for london covers 2026-04-01"))
        let allowed = try Binary.run(["kinship", "--dob", "2014-09-03", "--region", "london", "--from", "2026-04-01", "--to", "2027-03-31",
                                      "--allow-estimated"])
        #expect(allowed.status == 0)
        #expect(allowed.out.contains("Estimated values used:"))
    }

    @Test func exitStatusOneWithJSONPrintsNothingOnStdout() throws {
        let run = try Binary.run(["kinship", "--dob", "2014-09-03", "--region", "london", "--from", "2026-04-01", "--to", "2027-03-31", "--json"])
        #expect(run.status == 1)
        #expect(run.out.isEmpty)
    }

    @Test func exitStatusTwoForAUsageError() throws {
        let run = try Binary.run(["kinship", "--form", "2025-04-01"])
        #expect(run.status == 2)
        #expect(run.out.isEmpty)
        #expect(run.err == "entitlements kinship: unknown option --form; did you mean --from?\n")
    }

    /// A copy of the rule book with one file broken.
    static func brokenRuleBook() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("entitlements-broken-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let rules = Binary.repository.appendingPathComponent("rules")
        for name in try FileManager.default.contentsOfDirectory(atPath: rules.path) where name.hasSuffix(".json") {
            try FileManager.default.copyItem(at: rules.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
        let nma = directory.appendingPathComponent("nma.json")
        var text = String(decoding: try Data(contentsOf: nma), as: UTF8.self)
        let brace = try #require(text.firstIndex(of: "{"))
        text.insert(contentsOf: "\"surprise\": 1, ", at: text.index(after: brace))
        try Data(text.utf8).write(to: nma)
        return directory
    }

    @Test func exitStatusThreeForAnInvalidRuleBook() throws {
        let directory = try Self.brokenRuleBook()
        defer { try? FileManager.default.removeItem(at: directory) }
        let expected = "\(directory.path)/nma.json: /surprise: unknown field \"surprise\""
        let run = try Binary.run(Self.london + ["--rules", directory.path])
        #expect(run.status == 3)
        #expect(run.out.isEmpty)
        #expect(run.err.hasPrefix(expected), "\(run.err)")
        #expect(run.err.filter { $0 == "\n" }.count == 1)
        let check = try Binary.run(["rules", "check", directory.path])
        #expect(check.status == 3)
        #expect(check.err.hasPrefix(expected))
        let missing = try Binary.run(["rules", "check", directory.path + "-missing"])
        #expect(missing.status == 3)
        #expect(missing.err == "\(directory.path)-missing: no such directory\n")
    }

    @Test func rulesCheckOfTheRepositoryRuleBook() throws {
        let book = try RuleBook.load(directory: Binary.repository.appendingPathComponent("rules").path)
        let run = try Binary.run(["rules", "check", "rules"], directory: Binary.repository)
        #expect(run.status == 0)
        #expect(run.out == "ok: \(book.files.count) files, revision \(book.revision), version \(book.version)\n")
    }

    @Test func anotherRuleBookIsUsedWithRules() throws {
        let rules = Binary.repository.appendingPathComponent("rules").path
        let run = try Binary.run(["version", "--rules", rules])
        let book = try RuleBook.load(directory: rules)
        #expect(run.status == 0)
        #expect(run.out.contains("revision \(book.revision)"))
    }

    @Test func noEscapeCodesWhenNotATerminalOrNoColour() throws {
        for environment in [[:], ["NO_COLOR": "1"]] {
            let run = try Binary.run(Self.london, environment: environment)
            #expect(run.status == 0)
            #expect(!run.out.contains("\u{1B}"))
        }
    }

    #if os(Linux)
    /// On a terminal (a pseudo-terminal made by util-linux `script`), headings are bold unless NO_COLOR is set.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func colourOnlyOnATerminalWithoutNoColour() throws {
        let binary = try Binary.url.get()
        let command = ([binary.path] + Self.london).joined(separator: " ")
        let script = URL(fileURLWithPath: "/usr/bin/script")
        let coloured = try Binary.run(["-q", "-e", "-c", command, "/dev/null"], executable: script)
        #expect(coloured.status == 0)
        #expect(coloured.out.contains("\u{1B}[1m"))
        let plain = try Binary.run(["-q", "-e", "-c", command, "/dev/null"], environment: ["NO_COLOR": "1"], executable: script)
        #expect(plain.status == 0)
        #expect(plain.out.contains("£12,692.14"))
        #expect(!plain.out.contains("\u{1B}["))
    }
    #endif

    /// Copied elsewhere and run from `/`, the binary still has its built-in rule book.
    @Test func worksCopiedAnywhereWithItsBuiltInRules() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("entitlements-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("entitlements")
        try FileManager.default.copyItem(at: try Binary.url.get(), to: copy)
        let root = URL(fileURLWithPath: "/")
        let book = try RuleBook.load(directory: Binary.repository.appendingPathComponent("rules").path)
        let version = try Binary.run(["--version"], directory: root, executable: copy)
        #expect(version.status == 0)
        #expect(version.out == "entitlements \(Engine.version)\nrule book \(book.version), revision \(book.revision)\n")
        let run = try Binary.run(Self.london, directory: root, executable: copy)
        #expect(run.status == 0)
        #expect(run.out.contains("£12,692.14"))
    }

    @Test func serveAnswersTheGoldenRequest() throws {
        let golden = try #require(try GoldenCase.named("kinship-london-band-change-2025-26"))
        let run = try Binary.run(["serve"], input: golden.requestLine + "\n")
        #expect(run.status == 0)
        #expect(GoldenMask.masked(output: run.out) == golden.responseLine + "\n")
    }

    @Test func batchWritesResponsesAndASummary() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("entitlements-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let cases = try ["compare-grant-2025-06-01", "compare-kinship-sgo-london-2025-26"].map { try #require(try GoldenCase.named($0)) }
        let summary = directory.appendingPathComponent("summary.json")
        let run = try Binary.run(["batch", "--quiet", "--summary-json", summary.path], input: cases.map { $0.requestLine + "\n" }.joined())
        #expect(run.status == 0)
        #expect(GoldenMask.masked(output: run.out) == cases.map { $0.responseLine + "\n" }.joined())
        #expect(!run.err.isEmpty)
        let written = try JSONParser.parse([UInt8](try Data(contentsOf: summary)))
        #expect(written["responses"] == .number("2"))
    }

    @Test func batchSummaryOnlyWritesOnlyTheSummary() throws {
        let cases = try ["compare-grant-2025-06-01", "compare-kinship-sgo-london-2025-26"].map { try #require(try GoldenCase.named($0)) }
        let input = cases.map { $0.requestLine + "\n" }.joined()
        let run = try Binary.run(["batch", "--quiet", "--summary-only"], input: input)
        #expect(run.status == 0)
        #expect(run.out.isEmpty)
        #expect(run.err.hasPrefix("batch: 2 responses, 0 errors"))
        #expect(run.err.contains("requests by method: compare 2"))
        func withoutRate(_ text: String) -> String { text.replacingOccurrences(of: #"\d+ a second"#, with: "", options: .regularExpression) }
        let full = try Binary.run(["batch", "--quiet"], input: input)
        #expect(withoutRate(run.err) == withoutRate(full.err), "the same summary as with responses")
    }

    @Test func anUnwritableSummaryFileFailsAtOnce() throws {
        let run = try Binary.run(["batch", "--quiet", "--summary-json", "/nonexistent-directory/summary.json"], input: "not json\n")
        #expect(run.status == 4, "an output that cannot be written is the input-output status")
        #expect(run.out.isEmpty, "nothing was read, so nothing answered")
        #expect(run.err.contains("--summary-json") && run.err.contains("/nonexistent-directory/summary.json"))
        #expect(!run.err.contains("responses"), "no summary of a run that did not happen")
    }
}
