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
    /// Serves requests from `input` to `output` until the end of input, or quietly until the reader
    /// goes away; throws when reading the input or writing the output failed (after answering every
    /// line read before a read failed).
    public static func serve(handler: RequestHandler, input: Int32 = 0, output: Int32 = 1) throws(IOFailure) {
        try run(handler: handler, input: input, output: output, observe: nil)
    }

    /// The most lines taken together, then split between the two workers.
    static let batchLines = 512
    /// The most jobs in flight: enough to keep both workers busy while the main thread reads and
    /// writes, few enough that memory stays flat.
    static let jobsInFlight = 8
    /// The bytes after which a job takes no more lines: 1 MiB. A job holds less than this plus one
    /// response, and at most `jobsInFlight + 1` jobs are in flight, so the responses held at once
    /// are under 9 × (1 MiB + the largest response): about 11 MiB with today's largest, 249 KB
    /// (docs/protocol.md, "Memory"). A batch of ordinary responses (a few KB each) never meets it.
    static let jobBytes = 1 << 20
    /// The largest buffer kept for another job: one grown larger (by a response of over a MiB) is
    /// released rather than held.
    static let keptBufferBytes = 2 << 20
    /// A new job buffer's size.
    static let newBufferBytes = 1 << 16

    /// The loop shared by `serve` and `batch`: `observe`, when given, takes the summary of every
    /// line answered, in parts, in input order (and says whether responses are written).
    ///
    /// The main thread reads lines and writes responses; lines already waiting in the input buffer
    /// are answered in jobs by two worker threads (each with its own copy of the rule book), which
    /// write the responses one after another into the job's buffer, and the main thread writes the
    /// buffers in input order. A job that has written `jobBytes` takes no more lines: the rest of its
    /// lines go to new jobs written next, so memory is bounded by bytes, not lines. A line arriving
    /// alone with nothing in flight is answered at once, and every job is written and output flushed
    /// before any read that would wait, so an interactive client gets each answer straight away.
    static func run(handler: RequestHandler, input: Int32, output: Int32,
                    observe: BatchObserver?) throws(IOFailure) {
        signal(SIGPIPE, SIG_IGN)
        var reader = LineReader(descriptor: input, maxLineBytes: handler.maxLineBytes)
        var writer = OutputWriter(descriptor: output)
        var workers: [Worker] = []
        /// The jobs started and not yet written, in input order, with the worker of each.
        var inFlight: [(job: BatchJob, worker: Int)] = []
        var spareBuffers: [JSONBytes.Storage] = []
        func buffer() -> JSONBytes.Storage { spareBuffers.popLast() ?? JSONBytes.Storage(capacity: newBufferBytes) }
        /// Starts jobs for `lines` split between the workers (`first`: before the jobs not begun).
        func start(_ lines: ArraySlice<LineReader.Line>, first: Bool) {
            // Half the lines to each worker, so that both have the same amount to do.
            let half = lines.startIndex + (lines.count + 1) / 2
            var started: [(job: BatchJob, worker: Int)] = []
            for (worker, part) in [lines[..<half], lines[half...]].enumerated() where !part.isEmpty {
                let job = BatchJob(lines: part, output: buffer(), tally: observe?.tally(), byteBudget: jobBytes)
                workers[worker].start(job, first: first)
                started.append((job, worker))
            }
            if first { inFlight.insert(contentsOf: started, at: 0) } else { inFlight.append(contentsOf: started) }
        }
        func finishOldest() {
            let (job, worker) = inFlight.removeFirst()
            let (output, rest) = job.finish(into: &writer, observe: observe)
            if output.capacity <= keptBufferBytes { spareBuffers.append(output) }
            // Nothing more is answered for a reader that has gone or an output that failed.
            guard !rest.isEmpty, !writer.closed else { return }
            // The job met its byte budget: its other lines are answered next, by both workers while
            // that keeps the jobs in flight within `jobsInFlight + 1`, else by the same worker.
            if inFlight.count < jobsInFlight {
                start(rest, first: true)
            } else {
                let next = BatchJob(lines: rest, output: buffer(), tally: observe?.tally(), byteBudget: jobBytes)
                workers[worker].start(next, first: true)
                inFlight.insert((next, worker), at: 0)
            }
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
                if let observe {
                    let job = BatchJob(lines: batch[...], output: buffer(), tally: observe.tally(), byteBudget: Int.max)
                    job.answer(with: handler)
                    let (output, _) = job.finish(into: &writer, observe: observe)
                    if output.capacity <= keptBufferBytes { spareBuffers.append(output) }
                    continue
                }
                let outcome = answer(batch[0], handler: handler)
                if let response = outcome.responseLine { writer.append(line: response) }
                continue
            }
            if workers.isEmpty { workers = [Worker(handler: handler), Worker(handler: handler.independentCopy())] }
            start(batch[...], first: false)
            while inFlight.count >= jobsInFlight { finishOldest() }
        }
        while !inFlight.isEmpty { finishOldest() }
        workers.forEach { $0.stop() }
        writer.flush()
        if let failure = writer.failure { throw failure }
        // A read that failed lost the rest of the input; a reader that went away did not want it.
        if let failure = reader.failure, !writer.closed { throw failure }
    }

    /// The outcome of one line.
    static func answer(_ line: LineReader.Line, handler: RequestHandler) -> RequestHandler.Outcome {
        switch line {
        case .text(let bytes): return handler.outcome(forLine: bytes)
        case .tooLong(let length, let id): return handler.outcome(forOverlongLine: length, id: id)
        }
    }
}
