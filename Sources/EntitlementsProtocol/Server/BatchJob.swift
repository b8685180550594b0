import Dispatch

/// Lines answered together on a worker thread into one buffer of response lines; the main thread
/// waits for it and writes the buffer.
///
/// A job stops taking lines once its buffer holds `byteBudget` bytes, so one job holds at most
/// that plus one response; the lines it did not answer go to a job of their own (`rest`), written
/// next, so the order holds.
///
/// The buffer and tally are written by the worker before it signals and read by the main thread
/// only after waiting, so the two threads never touch them at the same time.
final class BatchJob: @unchecked Sendable {
    private let lines: ArraySlice<LineReader.Line>
    private let output: JSONBytes.Storage
    /// The job's part of `batch`'s summary (nil for `serve`).
    private let tally: Tally?
    /// The bytes after which the job takes no more lines.
    private let byteBudget: Int
    /// The number of lines answered (set by the worker).
    private var answeredCount = 0
    private let done = DispatchSemaphore(value: 0)

    /// A job writing into `output` (emptied first), taking lines until it holds `byteBudget` bytes.
    init(lines: ArraySlice<LineReader.Line>, output: JSONBytes.Storage, tally: Tally?, byteBudget: Int) {
        self.lines = lines
        self.output = output
        self.tally = tally
        self.byteBudget = byteBudget
        output.count = 0
    }

    /// Answers the lines in order until the buffer holds `byteBudget` bytes (on the worker's thread).
    func answer(with handler: RequestHandler) {
        var out = JSONBytes(appendingTo: output)
        for line in lines {
            let answered: (responded: Bool, method: Method?)
            switch line {
            case .text(let bytes):
                answered = handler.answer(line: bytes, into: &out, tally: tally)
            case .tooLong(let length, let id):
                handler.writeOverlong(length, id: id, into: &out)
                answered = (true, nil)
            }
            if case .tooLong = line { tally?.summary.addError(code: RPCError.invalidRequest, method: nil) }
            if answered.responded { out.rawPrefix("\n") }
            answeredCount += 1
            if out.count >= byteBudget { break }
        }
        done.signal()
    }

    /// Waits for the worker, writes the responses (none with `--summary-only`) and gives the job's
    /// part of the summary to `observer`; returns the buffer for another job, and the lines left
    /// unanswered (empty unless the budget was reached), to be answered and written next.
    func finish(into writer: inout OutputWriter, observe observer: BatchObserver?)
        -> (buffer: JSONBytes.Storage, rest: ArraySlice<LineReader.Line>) {
        done.wait()
        if tally?.writesResponses != false { writer.append(lines: UnsafeBufferPointer(start: output.base, count: output.count)) }
        if let observer, let tally { observer.observe(tally.summary) }
        return (output, lines.dropFirst(answeredCount))
    }
}
