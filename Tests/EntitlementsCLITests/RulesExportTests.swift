import Entitlements
@testable import EntitlementsCLI
import Foundation
import Testing

/// `rules export DIR` writes the rule book byte for byte: same files, same revision, same answers.
@Suite struct RulesExportTests {
    /// A fresh scratch directory path (not created).
    static func scratch(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("entitlements-\(name)-\(UUID().uuidString)").path
    }

    @Test func exportedFilesAreTheRepositoryRuleFilesByteForByte() throws {
        let directory = Self.scratch("export")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let run = runTool(["rules", "export", directory])
        #expect(run.status == 0, "\(run.err)")
        let rules = Binary.repository.appendingPathComponent("rules").path
        let expected = try FileManager.default.contentsOfDirectory(atPath: rules).filter { $0.hasSuffix(".json") }.sorted()
        let written = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(written == expected)
        for name in expected {
            #expect(FileManager.default.contents(atPath: rules + "/" + name) == FileManager.default.contents(atPath: directory + "/" + name),
                    "\(name) differs")
        }
    }

    @Test func theReadmeCommandRecomputesTheRevisionOfTheExport() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum") || FileManager.default.isExecutableFile(atPath: "/bin/sha256sum") else {
            print("skipped: no sha256sum on this machine")
            return
        }
        let directory = Self.scratch("export-revision")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(runTool(["rules", "export", directory]).status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "(cd \"$1\" && LC_ALL=C ls *.json | LC_ALL=C sort | xargs sha256sum) | sha256sum", "sh", directory]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let recomputed = String(output.prefix(64))
        let described = runTool(["rules", "describe", "--json"])
        let json = try JSONParser.parse(described.out)
        guard case .string(let revision)? = json["revision"] else {
            Issue.record("rules describe --json has no revision")
            return
        }
        #expect(recomputed == revision)
        #expect(runTool(["rules", "check", directory]).out.contains("revision \(revision)"))
    }

    @Test func theExportGivesTheSameAnswersWithRules() {
        let directory = Self.scratch("export-answers")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(runTool(["rules", "export", directory]).status == 0)
        let question = ["kinship", "--dob", "2014-09-03", "--region", "london", "--from", "2025-04-01", "--to", "2026-03-31", "--json"]
        let builtIn = runTool(question)
        let exported = runTool(question + ["--rules", directory])
        #expect(builtIn.status == 0)
        #expect(exported.out == builtIn.out)
    }

    @Test func aStrangeRuleFileInTheDirectoryIsRefused() throws {
        let directory = Self.scratch("export-stranger")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: directory + "/extra.json", contents: Data("{}".utf8))
        let run = runTool(["rules", "export", directory])
        #expect(run.status == 2)
        #expect(run.err.contains("extra.json"))
    }

    @Test func anUnwritableDirectoryIsAnInputOutputFailure() {
        let run = runTool(["rules", "export", "/proc/entitlements-cannot-exist/rules"])
        #expect(run.status == 4, "\(run.err)")
    }
}
