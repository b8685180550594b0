import Entitlements
import EntitlementsProtocol
import Foundation
import Testing

/// The protocol fuzzer: mutated golden requests streamed through the real `entitlements serve`.
///
/// Every line must get exactly the response PROTOCOL.md promises (none for a blank line or a
/// notification, otherwise one, in order, with the request's id or `null`), and every response must
/// pass `ResponseInvariants`: compact sorted JSON-RPC, a known error code with its data, or a result
/// whose money is valid and adds up. Every result (the server may answer any method but
/// `rules.describe` by its fast path) must also be byte for byte what the general path gives the
/// same request in-process. The process must end with status 0, print nothing on stderr, stay under
/// 100 MB and finish in bounded time.
///
/// CI runs 5,000 lines (a few seconds). The long run is the same test with more lines:
///
///     FUZZ_LINES=1000000 swift test --scratch-path .build-rel --filter FuzzTests
///
/// `FUZZ_SEED` picks another seed (default 20251123); the summary line printed at the end gives
/// the figures recorded in docs/reliability.md.
@Suite(.enabled(if: Executable.serveWorks, Executable.skipReason))
struct FuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let seed = environment["FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_251_123
    static let lines = environment["FUZZ_LINES"].flatMap { Int($0) } ?? 5_000

    /// What a fuzz run saw.
    struct Summary: CustomStringConvertible {
        var lines = 0
        var responses = 0
        var results = 0
        var errorsByCode: [Int: Int] = [:]
        var problems: [String] = []
        var run: ChildRun?
        /// The longest wait between two responses, and the line answered after it (lines are answered
        /// in batches of up to 512, so the slow line is at most 511 lines after it).
        var slowestGap = 0.0
        var slowestLine = 0

        var description: String {
            let codes = errorsByCode.keys.sorted().map { "\($0): \(errorsByCode[$0] ?? 0)" }.joined(separator: ", ")
            let timing = run.map { String(format: "%.1f s (server CPU %.1f s), peak RSS %d MB, exit %@", $0.wallSeconds, $0.cpuSeconds, $0.peakRSSMegabytes,
                                          $0.exitStatus.map(String.init) ?? "signal \($0.signal ?? 0)") } ?? ""
            return "fuzz: \(lines) lines, \(responses) responses (\(results) results; errors \(codes)), "
                + "\(problems.count) problems, \(timing), longest wait \(String(format: "%.2f", slowestGap)) s before line \(slowestLine)"
        }
    }

    /// The general path, in-process, to compare the server's answers with.
    static let generalPath: RequestHandler? = {
        guard case .success(let book) = RuleBook.builtIn else { return nil }
        return RequestHandler(dispatcher: Dispatcher(ruleBook: book))
    }()

    /// Streams `count` mutated lines from `seed` through `arguments` and checks every response.
    static func fuzz(lines count: Int, seed: UInt64, arguments: [String] = ["serve"]) throws -> Summary {
        let general = try #require(Self.generalPath)
        let input = Child.Input.stream { writer in
            var mutator = Mutator(seed: seed)
            for index in 0..<count {
                writer.line(mutator.line(index))
                if writer.broken { return }
            }
        }
        // The reader regenerates the same lines from the same seed to know what each must get.
        var expected = Mutator(seed: seed)
        var summary = Summary()
        var next = 0
        var lastLine: [UInt8] = []
        var lastResponse = Clock.seconds()
        func nextExpectation() -> (Int, JSONValue, JSONValue?)? {
            while next < count {
                let line = expected.line(next)
                next += 1
                if case .response(let id, let request) = Expectation.of(line, atStreamStart: next == 1) {
                    lastLine = line
                    return (next - 1, id, request)
                }
            }
            return nil
        }
        let run = try Child.run(arguments, input: input, keepOutput: false, timeout: max(120, Double(count) / 500), onLine: { response in
            summary.responses += 1
            guard let (index, id, request) = nextExpectation() else {
                summary.problems.append("a response with no request left to answer: \(ResponseInvariants.preview(response))")
                return summary.problems.count < 20
            }
            let now = Clock.seconds()
            if now - lastResponse > summary.slowestGap { (summary.slowestGap, summary.slowestLine) = (now - lastResponse, index) }
            lastResponse = now
            for problem in ResponseInvariants.problems(response, expectedID: id, request: request) {
                summary.problems.append("line \(index) \(Self.show(lastLine)): \(problem)")
            }
            let parsed = try? JSONParser.parse(Array(response))
            if case .number(let code)? = parsed?["error"]?["code"], let number = Int(code) {
                summary.errorsByCode[number, default: 0] += 1
            } else {
                summary.results += 1
                if let request {
                    let expected = general.generalLine(for: request) ?? []
                    if !response.elementsEqual(expected) {
                        summary.problems.append("line \(index) \(Self.show(lastLine)): the server's answer differs from the general path's: "
                                                + "\(ResponseInvariants.preview(response)) vs \(ResponseInvariants.preview(expected[...]))")
                    }
                }
            }
            return summary.problems.count < 20
        })
        summary.lines = count
        summary.run = run
        if summary.problems.count < 20, let (index, _, _) = nextExpectation() {
            summary.problems.append("line \(index) \(Self.show(lastLine)) got no response (\(summary.responses) responses in all)")
        }
        return summary
    }

    /// A line for a message: text where it is UTF-8, with other bytes as \xNN.
    static func show(_ line: [UInt8]) -> String {
        var text = ""
        for byte in line.prefix(200) {
            text += byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16)
        }
        return "«" + text + (line.count > 200 ? "…" : "") + "»"
    }

    @Test func everyMutatedLineGetsOneSoundResponseInOrder() throws {
        let summary = try Self.fuzz(lines: Self.lines, seed: Self.seed)
        print(summary.description + " (seed \(Self.seed))")
        let run = try #require(summary.run)
        for problem in summary.problems { Issue.record("FUZZ_SEED=\(Self.seed): \(problem)") }
        #expect(!run.timedOut)
        #expect(run.exitStatus == 0, "serve ended with \(run.signal.map { "signal \($0)" } ?? "status \(run.exitStatus ?? -1)")")
        #expect(run.errorText.isEmpty, "serve wrote to stderr: \(run.errorText.prefix(2000))")
        #expect(run.peakRSSMegabytes < 100, "peak RSS \(run.peakRSSMegabytes) MB")
        #expect(summary.results > Self.lines / 20, "too few mutated lines computed a result to check the sums")
    }

    /// `FUZZ_DUMP=FILE` writes the lines of a run (`FUZZ_SEED`, `FUZZ_LINES`) to FILE, to replay them
    /// with `entitlements serve < FILE`.
    @Test(.enabled(if: environment["FUZZ_DUMP"] != nil)) func dumpTheLines() throws {
        let path = try #require(Self.environment["FUZZ_DUMP"])
        var mutator = Mutator(seed: Self.seed)
        var bytes: [UInt8] = []
        for index in 0..<Self.lines {
            bytes += mutator.line(index)
            bytes.append(UInt8(ascii: "\n"))
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    @Test func theMutatorIsDeterministic() {
        var first = Mutator(seed: 7), second = Mutator(seed: 7), other = Mutator(seed: 8)
        var differs = false
        for index in 0..<500 {
            let line = first.line(index)
            #expect(line == second.line(index))
            if line != other.line(index) { differs = true }
            #expect(!line.contains(UInt8(ascii: "\n")))
        }
        #expect(differs)
    }
}
