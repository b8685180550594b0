#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Entitlements

/// The stdio JSON-RPC server: one response line per request line, in order, flushed whenever no
/// more input is already waiting, until the end of input.
public enum StreamServer {
    /// Serves requests from `input` to `output`; returns the exit status (0 at the end of input, or
    /// quietly when the reader goes away).
    public static func serve(handler: RequestHandler, input: Int32 = 0, output: Int32 = 1) -> Int32 {
        run(handler: handler, input: input, output: output, observe: nil)
    }

    /// The most lines answered together as one job.
    static let batchLines = 256
    /// The most jobs in flight: enough to keep both workers busy while the main thread reads and
    /// writes, few enough that memory stays flat.
    static let jobsInFlight = 8

    /// The loop shared by `serve` and `batch`: `observe`, when given, sees each request line's
    /// outcome, in order.
    ///
    /// The main thread reads lines and writes responses; lines already waiting in the input buffer
    /// are answered in jobs by two worker threads (each with its own copy of the rule book), which
    /// write the responses one after another into the job's buffer, and the main thread writes the
    /// buffers in input order. A line arriving alone with nothing in flight is answered at once, and
    /// every job is written and output flushed before any read that would wait, so an interactive
    /// client gets each answer straight away.
    static func run(handler: RequestHandler, input: Int32, output: Int32,
                    observe: ((RequestHandler.Outcome) -> Void)?) -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        var reader = LineReader(descriptor: input, maxLineBytes: handler.maxLineBytes)
        var writer = OutputWriter(descriptor: output)
        var workers: [Worker] = []
        var inFlight: [BatchJob] = []
        var spareBuffers: [JSONBytes.Storage] = []
        var submitted = 0
        func finishOldest() {
            let job = inFlight.removeFirst()
            spareBuffers.append(job.finish(into: &writer, observe: observe))
        }
        while !writer.closed {
            var batch = reader.bufferedLines(limit: batchLines)
            if batch.isEmpty {
                let line = reader.next(beforeBlocking: {
                    while !inFlight.isEmpty { finishOldest() }
                    writer.flush()
                })
                guard let line else { break }
                batch = [line] + reader.bufferedLines(limit: batchLines - 1)
            }
            if batch.count == 1, inFlight.isEmpty {
                let outcome = answer(batch[0], handler: handler)
                if let response = outcome.responseLine { writer.append(line: response) }
                observe?(outcome)
                continue
            }
            if workers.isEmpty { workers = [Worker(handler: handler), Worker(handler: handler.independentCopy())] }
            let job = BatchJob(lines: batch, output: spareBuffers.popLast() ?? JSONBytes.Storage(capacity: 1 << 16),
                               keepOutcomes: observe != nil)
            workers[submitted % workers.count].start(job)
            submitted += 1
            inFlight.append(job)
            if inFlight.count >= jobsInFlight { finishOldest() }
        }
        while !inFlight.isEmpty { finishOldest() }
        writer.flush()
        return 0
    }

    /// The outcome of one line.
    static func answer(_ line: LineReader.Line, handler: RequestHandler) -> RequestHandler.Outcome {
        switch line {
        case .text(let bytes): return handler.outcome(forLine: bytes)
        case .tooLong(let length): return handler.outcome(forOverlongLine: length)
        }
    }
}

/// A thread that answers jobs one after another with its own handler.
struct Worker {
    let handler: RequestHandler
    let queue = DispatchQueue(label: "entitlements.worker")

    /// Answers `job` on this worker's thread.
    func start(_ job: BatchJob) {
        let handler = handler
        queue.async { job.answer(with: handler) }
    }
}

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
            case .tooLong(let length):
                let outcome = handler.outcome(forOverlongLine: length)
                outcome.responseLine?.withUnsafeBufferPointer { out.rawBytes($0) }
                answered = (outcome.responseLine != nil, nil)
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
