import Dispatch

/// Lines answered together on a worker thread into one buffer of response lines; the main thread
/// waits for it and writes the buffer.
///
/// The buffer and outcomes are written by the worker before it signals and read by the main thread
/// only after waiting, so the two threads never touch them at the same time.
final class BatchJob: @unchecked Sendable {
    private let lines: [LineReader.Line]
    private let output: JSONBytes.Storage
    /// Whether to keep each line's outcome (for `batch`'s summary).
    private let keepOutcomes: Bool
    private var outcomes: [RequestHandler.Outcome] = []
    private let done = DispatchSemaphore(value: 0)

    /// A job writing into `output` (emptied first).
    init(lines: [LineReader.Line], output: JSONBytes.Storage, keepOutcomes: Bool) {
        self.lines = lines
        self.output = output
        self.keepOutcomes = keepOutcomes
        output.count = 0
    }

    /// Answers every line (on the worker's thread).
    func answer(with handler: RequestHandler) {
        var out = JSONBytes(appendingTo: output)
        for line in lines {
            let start = output.count
            let answered: (responded: Bool, method: Method?)
            switch line {
            case .text(let bytes):
                answered = handler.answer(line: bytes, into: &out)
            case .tooLong(let length, let id):
                handler.writeOverlong(length, id: id, into: &out)
                answered = (true, nil)
            }
            if keepOutcomes {
                let response = answered.responded ? Array(UnsafeBufferPointer(start: output.base + start, count: output.count - start)) : nil
                outcomes.append(RequestHandler.Outcome(responseLine: response, method: answered.method))
            }
            if answered.responded { out.rawPrefix("\n") }
        }
        done.signal()
    }

    /// Waits for the worker, writes the responses and shows each outcome to `observe`; returns the
    /// buffer for another job.
    func finish(into writer: inout OutputWriter, observe: ((RequestHandler.Outcome) -> Void)?) -> JSONBytes.Storage {
        done.wait()
        writer.append(lines: UnsafeBufferPointer(start: output.base, count: output.count))
        if let observe { outcomes.forEach(observe) }
        return output
    }
}
