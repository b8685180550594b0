import Testing

/// Regression for a crash: the two threads that answer a batch of buffered lines wrote their
/// outcomes into one shared array through `withUnsafeMutableBufferPointer`, which may move the array's
/// storage while it runs, so they corrupted the heap now and then (a million blank lines crashed
/// `serve` with SIGSEGV in about one run in three). Blank lines are the cheapest, so the two threads
/// overlap most; three runs make a return of the race likely to show (and the fuzz, million-line and determinism
/// tests run the batch path many more times).
@Suite(.enabled(if: Executable.serveWorks, Executable.skipReason))
struct BatchSlotRaceTests {
    @Test func aMillionBlankLinesNeverCrashTheBatchPath() throws {
        let blank = [UInt8](repeating: UInt8(ascii: "\n"), count: 1_000_000)
        for attempt in 0..<3 {
            let run = try Child.run(["serve"], input: .stream { writer in writer.write(blank) }, timeout: 60)
            #expect(run.signal == nil, "attempt \(attempt): killed by signal \(run.signal ?? 0): \(run.errorText.prefix(500))")
            #expect(run.exitStatus == 0)
            #expect(run.output.isEmpty)
        }
    }
}
