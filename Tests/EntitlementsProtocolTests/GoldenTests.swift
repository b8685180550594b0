import Entitlements
import EntitlementsProtocol
import Foundation
import TestSupport
import Testing

/// Every case in `golden/`: hand figures are a subset of the response, and the response is exact but
/// for the rule book's revision and version and the engine version, which are masked on both sides
/// (`GoldenMask`) and pinned by the two tests below instead.
/// `GOLDEN_UPDATE=1` rewrites responses, but never past a hand figure that disagrees.
@Suite struct GoldenTests {
    static let handler: RequestHandler? = {
        guard case .success(let book) = RuleBook.builtIn else { return nil }
        return RequestHandler(dispatcher: Dispatcher(ruleBook: book))
    }()

    @Test func thereAreAtLeastSixtyCases() throws {
        #expect(try GoldenCase.all().count >= 60)
    }

    @Test(arguments: try GoldenCase.all())
    func goldenCase(_ golden: GoldenCase) throws {
        let handler = try #require(Self.handler)
        let line = try #require(handler.respond(toLine: golden.requestLine), "no response for \(golden.name)")
        let response = try JSONParser.parse(line)
        let actual = GoldenMask.masked(response)
        let hand = try #require(golden.root["hand"], "\(golden.name) has no hand figures")
        let mismatches = subsetMismatches(hand, response)
        let agrees = mismatches.isEmpty
        #expect(agrees, "\(golden.name): hand figures differ:\n\(mismatches.joined(separator: "\n"))")
        let workings = golden.root["workings"]
        if case .array(let lines)? = workings { #expect(!lines.isEmpty || hand["error"] != nil, "\(golden.name) has no workings") }
        if ProcessInfo.processInfo.environment["GOLDEN_UPDATE"] == "1" {
            if mismatches.isEmpty, golden.root["response"] != actual { try golden.rewrite(response: actual) }
            return
        }
        let expected = golden.root["response"] ?? .null
        let same = expected == actual
        #expect(same, "\(golden.name): response differs (GOLDEN_UPDATE=1 to accept):\n\(lineDiff(expected: expected, actual: actual))")
    }

    /// The masked members of the responses to every golden request, as the program gives them.
    static func maskedValues() throws -> [(key: GoldenMask.Key, value: String)] {
        let handler = try #require(Self.handler)
        return try GoldenCase.all().flatMap { golden in
            try handler.respond(toLine: golden.requestLine).map { GoldenMask.occurrences(in: try JSONParser.parse($0)) } ?? []
        }
    }

    /// The revision as the README says anyone can recompute it: the SHA-256 of `sha256sum`'s listing
    /// of `rules/*.json` in byte order, by the README's own command.
    static func readmeRevision() throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "(cd rules && LC_ALL=C ls *.json | LC_ALL=C sort | xargs sha256sum) | sha256sum"]
        process.currentDirectoryURL = GoldenCase.directory.deletingLastPathComponent()
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let text = String(decoding: data, as: UTF8.self)
        return String(text.prefix { $0 != " " })
    }

    /// The one test that pins the real rule book: every `rulebook` in every golden response carries
    /// the revision recomputed from `rules/` with `sha256sum` and the version `rules/rulebook.json` states.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")
                   && FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum"),
                   "needs bash and sha256sum to recompute the revision as the README does"))
    func responsesCarryTheRevisionOfTheRuleFiles() throws {
        let revision = try Self.readmeRevision()
        #expect(revision.count == 64)
        let file = GoldenCase.directory.deletingLastPathComponent().appendingPathComponent("rules/rulebook.json")
        let version = try #require(try JSONParser.parse([UInt8](try Data(contentsOf: file)))["version"])
        let values = try Self.maskedValues()
        let revisions = values.filter { $0.key == .revision }.map(\.value)
        let versions = values.filter { $0.key == .version }.map(\.value)
        #expect(revisions.count >= 60 && versions.count == revisions.count)
        #expect(revisions.allSatisfy { $0 == revision }, "\(Set(revisions)) ≠ \(revision)")
        #expect(versions.allSatisfy { .string($0) == version }, "\(Set(versions)) ≠ \(version)")
    }

    /// The one test that pins the engine version: every `engine` in every golden response says 0.1.0.
    /// (Change it here, once, with `Engine.version`.)
    @Test func responsesCarryTheEngineVersion() throws {
        let engines = try Self.maskedValues().filter { $0.key == .engine }.map(\.value)
        #expect(engines.count >= 60)
        #expect(engines.allSatisfy { $0 == "0.1.0" }, "\(Set(engines))")
        #expect(Engine.version == "0.1.0")
    }
}

extension GoldenCase: CustomTestStringConvertible {
    var testDescription: String { name }
}
