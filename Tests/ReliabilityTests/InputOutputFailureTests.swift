import Foundation
import Testing

/// Output is never lost in silence: a write that fails for any reason but a closed reader, and a
/// read that fails, give one line on stderr and exit status 4, in `serve`, `batch` and the command
/// line. The binary runs under `/bin/sh`, which sets up the faulty descriptor and then `exec`s it.
@Suite(.enabled(if: Executable.serveWorks, Executable.skipReason))
struct InputOutputFailureTests {
    /// A request every command below can answer.
    static let request = Array(#"{"jsonrpc":"2.0","id":1,"method":"leavingCare.grant","params":{"on":"2025-06-01"}}"#.utf8) + [0x0A]

    /// The commands: the two streams, a calculation with `--json` and as tables, the rule book's
    /// description and the top-level help.
    enum Subject: String, CaseIterable, CustomTestStringConvertible {
        case serve, batch, grantJSON, grantTable, rulesDescribe, help

        var arguments: [String] {
            switch self {
            case .serve: ["serve"]
            case .batch: ["batch", "--quiet"]
            case .grantJSON: ["grant", "--on", "2025-06-01", "--json"]
            case .grantTable: ["grant", "--on", "2025-06-01"]
            case .rulesDescribe: ["rules", "describe"]
            case .help: ["--help"]
            }
        }

        /// How its messages begin.
        var name: String {
            switch self {
            case .rulesDescribe: "entitlements rules describe"
            case .help: "entitlements"
            default: "entitlements " + arguments[0]
            }
        }

        /// What its output holds when it works.
        var expectedOutput: String {
            switch self {
            case .rulesDescribe: "Rule book"
            case .help: "Exit status:"
            case .grantJSON: #""amount":"2913.00""#
            default: "2,913.00"
            }
        }

        var reads: Bool { self == .serve || self == .batch }
        var testDescription: String { rawValue }
    }

    /// Runs `subject` with its descriptors changed by `redirection` (shell syntax).
    static func run(_ subject: Subject, _ redirection: String) throws -> ChildRun {
        try Child.run(subject.arguments, input: .bytes(request), wrapper: ["/bin/sh", "-c", #"exec "$0" "$@" "# + redirection],
                      timeout: 60)
    }

    /// The last line of stderr (batch's summary comes before it).
    static func lastLine(_ run: ChildRun) -> String {
        run.errorText.split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full here"),
          arguments: Subject.allCases)
    func aFullDiskIsAnErrorWithStatusFour(_ subject: Subject) throws {
        let run = try Self.run(subject, "> /dev/full")
        #expect(run.exitStatus == 4, "stderr: \(run.errorText)")
        #expect(Self.lastLine(run) == "\(subject.name): cannot write standard output: \(Self.reason(ENOSPC))")
    }

    @Test(arguments: Subject.allCases)
    func aClosedStandardOutputIsAnErrorWithStatusFour(_ subject: Subject) throws {
        let run = try Self.run(subject, ">&-")
        #expect(run.exitStatus == 4, "stderr: \(run.errorText)")
        #expect(Self.lastLine(run) == "\(subject.name): cannot write standard output: it is not open (\(Self.reason(EBADF)))")
    }

    @Test(arguments: Subject.allCases)
    func aDirectoryAsStandardInputIsAnErrorWithStatusFourWhenItIsRead(_ subject: Subject) throws {
        let run = try Self.run(subject, "< /")
        if subject.reads {
            #expect(run.exitStatus == 4, "stderr: \(run.errorText)")
            #expect(Self.lastLine(run) == "\(subject.name): cannot read standard input: \(Self.reason(EISDIR))")
            #expect(run.output.isEmpty)
        } else {
            // A command that does not read standard input works as usual.
            #expect(run.exitStatus == 0, "stderr: \(run.errorText)")
            #expect(run.outputText.contains(subject.expectedOutput))
        }
    }

    @Test(arguments: Subject.allCases)
    func aClosedStandardInputIsAnErrorWithStatusFourWhenItIsRead(_ subject: Subject) throws {
        let run = try Self.run(subject, "<&-")
        if subject.reads {
            #expect(run.exitStatus == 4, "stderr: \(run.errorText)")
            #expect(Self.lastLine(run) == "\(subject.name): cannot read standard input: it is not open (\(Self.reason(EBADF)))")
            #expect(run.output.isEmpty)
        } else {
            #expect(run.exitStatus == 0, "stderr: \(run.errorText)")
            #expect(run.outputText.contains(subject.expectedOutput))
        }
    }

    @Test func theSummaryFileThatCannotBeWrittenIsAnErrorWithStatusFour() throws {
        let run = try Child.run(["batch", "--quiet", "--summary-json", "/nonexistent-directory/summary.json"],
                                input: .bytes(Self.request), timeout: 60)
        #expect(run.exitStatus == 4)
        #expect(run.outputLines == 0, "the file is checked before any input is read")
        #expect(Self.lastLine(run) == "entitlements batch: cannot write the --summary-json file /nonexistent-directory/summary.json, so nothing was read: \(Self.reason(ENOENT))")
    }

    /// The system's wording for an `errno` value.
    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
