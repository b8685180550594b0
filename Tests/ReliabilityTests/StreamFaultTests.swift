#if canImport(Glibc)
import Glibc
#endif
import Entitlements
import Foundation
import Testing

/// Faults of the pipes around the server: a reader that goes away, input that ends in the middle of
/// a line, and descriptors left in non-blocking mode by whoever started the process.
@Suite(.enabled(if: Executable.serveWorks, Executable.skipReason))
struct StreamFaultTests {
    /// An endless-looking input: `count` requests, stopping early once the server stops reading.
    static func requests(_ count: Int) -> Child.Input {
        .stream { writer in
            for index in 0..<count {
                writer.line(#"{"jsonrpc":"2.0","id":\#(index),"method":"leavingCare.grant","params":{"on":"2025-06-01"}}"#.utf8)
                if writer.broken { return }
            }
        }
    }

    /// `entitlements serve < big | head -1`: the reader takes one line and goes; the server ends
    /// quietly (exit 0, nothing on stderr, no crash report) instead of dying of SIGPIPE or computing on.
    @Test(arguments: StreamCommand.allCases)
    func aReaderThatGoesAwayEndsTheProcessQuietly(_ command: StreamCommand) throws {
        var seen = 0
        let run = try Child.run(command.arguments, input: Self.requests(2_000_000), keepOutput: false, timeout: 60,
                                onLine: { _ in
                                    seen += 1
                                    return false
                                })
        #expect(seen == 1)
        #expect(run.signal == nil, "ended by signal \(run.signal ?? 0)")
        #expect(run.exitStatus == 0)
        #expect(run.wallSeconds < 30, "it went on computing for \(run.wallSeconds) s")
        if command == .serve {
            #expect(run.errorText.isEmpty, "stderr: \(run.errorText.prefix(1000))")
        } else {
            // batch prints its summary, and nothing else: no crash report, no error.
            #expect(run.errorText.hasPrefix("batch: "), "stderr: \(run.errorText.prefix(1000))")
            #expect(!run.errorText.contains("crash") && !run.errorText.contains("Fatal") && !run.errorText.contains("error:"))
        }
    }

    /// Input that ends inside a request: that last line is answered as a parse error, after every
    /// complete line before it.
    @Test(arguments: StreamCommand.allCases)
    func inputEndingMidLineAnswersThatLineAsAParseError(_ command: StreamCommand) throws {
        let complete = Requests.sentinel("first")
        for cut in [Array(#"{"jsonrpc":"2.0","id":9,"method":"leavingCare.grant","par"#.utf8),
                    Array(#"{"jsonrpc":"2.0","id":9,"method":"x","params":{"a":"caf"#.utf8) + [0xC3],
                    Array(#"{"jsonrpc":"2.0","id":9"#.utf8)] {
            let run = try Child.run(command.arguments, input: .bytes(complete + [0x0A] + cut))
            #expect(run.exitStatus == 0)
            let responses = run.lines
            #expect(responses.count == 2)
            guard responses.count == 2 else { continue }
            #expect(ResponseInvariants.problems(responses[0], expectedID: .string("first")).isEmpty)
            #expect(ResponseInvariants.problems(responses[1], expectedID: .null).isEmpty)
            #expect(Requests.code(try JSONParser.parse(Array(responses[1]))) == -32700)
            #expect(run.outputEndsWithNewline)
        }
    }

    /// Regression: with standard input in non-blocking mode (a parent may leave a shared pipe so),
    /// a read with nothing yet waiting was taken for the end of input, and every later request was
    /// lost. The server now waits for input with `poll`.
    @Test func nonBlockingInputIsWaitedForNotTakenForTheEnd() throws {
        let input = Child.Input.stream { writer in
            writer.line(Requests.sentinel("one"))
            writer.flush()
            usleep(300_000)
            writer.line(Requests.sentinel("two"))
            writer.flush()
            usleep(300_000)
            writer.line(Requests.sentinel("three"))
        }
        let run = try Child.run(["serve"], input: input, timeout: 30, prepare: { stdinRead, _ in
            _ = fcntl(stdinRead, F_SETFL, fcntl(stdinRead, F_GETFL) | O_NONBLOCK)
        })
        #expect(run.exitStatus == 0)
        #expect(Requests.responses(run).map { $0["id"] } == [.string("one"), .string("two"), .string("three")])
        #expect(run.cpuSeconds < 0.5, "the server spun on the CPU while waiting: \(run.cpuSeconds) s")
    }

    /// Regression: with standard output in non-blocking mode and a slow reader, a full pipe made the
    /// server retry the write in a busy loop; it now waits with `poll`, using no CPU meanwhile.
    @Test func nonBlockingOutputWaitsForASlowReaderWithoutSpinning() throws {
        // Twenty responses of about 60 KB each (the unknown method name is quoted back, clipped, but
        // the id is kept whole), far more than a pipe holds.
        let id = String(repeating: "i", count: 60_000)
        let lines = (0..<20).map { Array(#"{"jsonrpc":"2.0","id":"\#(id)\#($0)","method":"nope"}"#.utf8) }
        var first = true
        let run = try Child.run(["serve"], input: .bytes(Requests.input(lines)), timeout: 30, prepare: { _, stdoutWrite in
            _ = fcntl(stdoutWrite, F_SETFL, fcntl(stdoutWrite, F_GETFL) | O_NONBLOCK)
        }, onLine: { _ in
            if first {
                first = false
                usleep(1_500_000)
            }
            return true
        })
        #expect(run.exitStatus == 0)
        #expect(run.outputLines == 20)
        #expect(run.cpuSeconds < 0.8, "the server used \(run.cpuSeconds) s of CPU while the reader slept 1.5 s")
    }
}
