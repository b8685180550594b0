import Entitlements
import Testing

/// Memory is bounded by the bytes of the responses in flight, not by their number of lines: a
/// stream of requests each answered with about 213 KB (a `compare` of Staying Put over a
/// 10,000-year period, paid weekly: two schedules of 157 and 261 payments) stays under SPEC.md's
/// 64 MB, answered in order. Before the bound, 3,000 of them peaked at over 300 MB.
@Suite(.enabled(if: Executable.serveWorks, Executable.skipReason))
struct ResponseMemoryTests {
    /// SPEC.md's bar for the whole process (the rule book and the binary are about 22 MB of it).
    static let memoryBound = 64

    /// The request, with `id`.
    static func request(_ id: Int) -> String {
        #"{"jsonrpc":"2.0","id":\#(id),"method":"compare","params":{"method":"stayingPut.funding","params":{"dateOfBirth":"2000-01-01","region":"london","from":"0001-01-01","to":"9999-12-31","weeklyRate":"1.00","schedule":{"frequency":"weekly"}}}}"#
    }

    @Test(arguments: [(StreamCommand.serve, 1_200), (StreamCommand.batch, 600)])
    func hugeResponsesStayWithinTheBound(_ command: StreamCommand, _ count: Int) throws {
        let input = Child.Input.stream { writer in
            for id in 0..<count where !writer.broken { writer.line(Array(Self.request(id).utf8)) }
        }
        var next = 0
        var wrong = 0
        var length: Int?
        let run = try Child.run(command.arguments, input: input, keepOutput: false, timeout: 300, onLine: { line in
            // Each response is the same but for its id, and they come in input order.
            let start = Array(#"{"id":\#(next),"jsonrpc":"2.0","result":{"#.utf8)
            let expectedLength = length.map { $0 + String(next).utf8.count - 1 } ?? line.count
            if next == 0 { length = line.count }
            if !line.starts(with: start) || line.count != expectedLength {
                wrong += 1
                if wrong < 5 { Issue.record("response \(next): \(ResponseInvariants.preview(line))") }
            }
            next += 1
            return true
        })
        #expect(run.exitStatus == 0)
        #expect(!run.timedOut)
        #expect(run.outputLines == count)
        #expect(wrong == 0)
        // Each response is well over 200 KB, so the stream is hundreds of MB.
        #expect((length ?? 0) > 200_000)
        print("\(count) responses of \(length ?? 0) bytes (\(command)): \(run.wallSeconds) s, peak RSS \(run.peakRSSMegabytes) MB")
        #expect(run.peakRSSMegabytes < Self.memoryBound, "peak RSS \(run.peakRSSMegabytes) MB")
    }
}
