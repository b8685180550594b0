import Entitlements
import Foundation
import Testing

/// Nothing from a request leaves the process except in its response on stdout: `serve` writes
/// nothing to stderr; `batch`'s summary holds only counts and totals (no date of birth, council,
/// id or message); no request makes the process create a file or read one; and the environment
/// changes no answer.
@Suite(.enabled(if: Executable.serveWorks, Executable.skipReason))
struct PrivacyTests {
    /// Distinctive personal data and paths that must never appear outside the responses.
    static let secrets = ["2011-07-19", "Kingston upon Hull", "secret-id", "E09000007", "Camden", "/etc/passwd", "summary.json",
                          "HOME", "Narnia"]

    static let input: [UInt8] = {
        let lines = [
            #"{"jsonrpc":"2.0","id":"secret-id-1","method":"kinship.allowance","params":{"dateOfBirth":"2011-07-19","localAuthority":"Kingston upon Hull, City of","from":"2025-04-01","to":"2026-03-31"}}"#,
            #"{"jsonrpc":"2.0","id":"secret-id-2","method":"kinship.allowance","params":{"dateOfBirth":"2011-07-19","localAuthority":"E09000007","from":"2025-04-01","to":"2026-03-31","schedule":{"frequency":"monthly"}}}"#,
            #"{"jsonrpc":"2.0","id":"secret-id-3","method":"compare","params":{"method":"kinship.allowance","params":{"dateOfBirth":"2011-07-19","localAuthority":"Camden","from":"2025-04-01","to":"2026-03-31"}}}"#,
            #"{"jsonrpc":"2.0","id":"secret-id-4","method":"kinship.allowance","params":{"dateOfBirth":"2011-07-19","localAuthority":"Narnia","from":"2025-04-01","to":"2026-03-31"}}"#,
            #"{"jsonrpc":"2.0","id":"secret-id-5","method":"kinship.allowance","params":{"dateOfBirth":"2011-07-19","localAuthority":"/etc/passwd","from":"2025-04-01","to":"2026-03-31"}}"#,
            #"{"jsonrpc":"2.0","id":"secret-id-6","method":"assess","params":{"dateOfBirth":"2011-07-19","on":"2025-06-01","localAuthority":"$HOME/summary.json"}}"#,
            #"{"jsonrpc":"2.0","id":"secret-id-7","method":"leavingCare.grant","params":{"on":"2025-02-30","dateOfBirth":"2011-07-19"}}"#,
            #"{"jsonrpc":"2.0","id":"secret-id-8","method":"--summary-json","params":{"file":"summary.json"}}"#,
            #"{"jsonrpc":"2.0","method":"kinship.allowance","params":{"dateOfBirth":"2011-07-19","localAuthority":"Camden","from":"2025-04-01","to":"2026-03-31"}}"#,
            "secret-id not JSON 2011-07-19 Kingston upon Hull",
        ]
        var all: [[UInt8]] = []
        for _ in 0..<30 { all += lines.map { Array($0.utf8) } }
        return Requests.input(all)
    }()

    /// Fresh empty directories for the working directory, HOME and TMPDIR.
    static func emptyDirectories() throws -> [URL] {
        try (0..<3).map { _ in
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("privacy-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return url
        }
    }

    @Test func serveWritesNothingToStderr() throws {
        let run = try Child.run(["serve"], input: .bytes(Self.input + DeterminismTests.input))
        #expect(run.exitStatus == 0)
        #expect(run.errorOutput.isEmpty, "stderr: \(run.errorText.prefix(1000))")
    }

    @Test(arguments: [["batch"], ["batch", "--quiet"]])
    func batchSummaryHasOnlyCountsAndTotals(_ arguments: [String]) throws {
        let directories = try Self.emptyDirectories()
        defer { for url in directories { try? FileManager.default.removeItem(at: url) } }
        let summary = directories[0].appendingPathComponent("s.json").path
        let run = try Child.run(arguments + ["--summary-json", summary], input: .bytes(Self.input))
        #expect(run.exitStatus == 0)
        let json = (try? String(contentsOfFile: summary, encoding: .utf8)) ?? ""
        #expect(!json.isEmpty)
        for text in [run.errorText, json] {
            for secret in Self.secrets { #expect(!text.contains(secret), "the summary shows \(secret): \(text.prefix(2000))") }
            #expect(text.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) == nil, "the summary shows a date: \(text.prefix(2000))")
        }
        #expect(run.errorText.contains("batch: 270 responses"))
    }

    /// No request creates a file (in the working directory, HOME or TMPDIR), and the environment
    /// (empty, or crowded with locale, time zone, home and look-alike variables) changes no byte.
    @Test func requestsTouchNoFileAndTheEnvironmentChangesNothing() throws {
        let directories = try Self.emptyDirectories()
        defer { for url in directories { try? FileManager.default.removeItem(at: url) } }
        let crowded = ["HOME": directories[1].path, "TMPDIR": directories[2].path, "TZ": "Pacific/Kiritimati", "LANG": "tr_TR.UTF-8",
                       "LC_ALL": "tr_TR.UTF-8", "NO_COLOR": "1", "ENTITLEMENTS_RULES": "/nonexistent", "RULES": "/nonexistent",
                       "PATH": "/usr/bin:/bin"]
        let empty = try Child.run(["serve"], input: .bytes(Self.input), environment: [:], directory: directories[0].path)
        let full = try Child.run(["serve"], input: .bytes(Self.input), environment: crowded, directory: directories[0].path)
        let batch = try Child.run(["batch", "--quiet"], input: .bytes(Self.input), environment: crowded, directory: directories[0].path)
        #expect(empty.exitStatus == 0 && full.exitStatus == 0 && batch.exitStatus == 0)
        #expect(empty.output == full.output)
        #expect(empty.output == batch.output)
        for url in directories {
            let left = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? ["?"]
            #expect(left.isEmpty, "\(url.path) now holds \(left)")
        }
    }

    /// With strace available (a local check; CI does not need it): once the server starts reading
    /// requests it makes no file or network system call at all, whatever the requests say.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/strace"), "strace is not installed"),
          arguments: StreamCommand.allCases)
    func noSystemCallTouchesAFileOnceRequestsAreRead(_ command: StreamCommand) throws {
        let directory = try Self.emptyDirectories()[0]
        defer { try? FileManager.default.removeItem(at: directory) }
        let trace = directory.appendingPathComponent("trace").path
        let run = try Child.run(command.arguments, input: .bytes(Self.input),
                                wrapper: ["/usr/bin/strace", "-f", "-qq", "-e", "trace=%file,%network,read", "-o", trace])
        let lines = ((try? String(contentsOfFile: trace, encoding: .utf8)) ?? "").split(separator: "\n")
        guard let firstRead = lines.firstIndex(where: { $0.contains("read(0,") }) else {
            // strace is there but may not trace (a container without ptrace): nothing to check here.
            print("strace could not trace the server (\(run.errorText.prefix(200))); the system-call check was not made")
            return
        }
        #expect(run.exitStatus == 0)
        let after = lines[firstRead...].filter { !$0.contains(" read(") && !$0.contains("<... read resumed>") && !$0.contains("+++ exited") }
        #expect(after.isEmpty, "system calls after the first request was read: \(after.prefix(10))")
        for secret in ["passwd", "summary.json", "secret"] {
            #expect(!lines.contains { !$0.contains("read(") && $0.contains(secret) }, "the trace mentions \(secret)")
        }
    }
}
