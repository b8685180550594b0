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

    /// The loop shared by `serve` and `batch`: `observe`, when given, takes the summary of every
    /// line answered, in parts, in input order (and says whether responses are written).
    ///
    /// The main thread reads lines and writes responses; lines already waiting in the input buffer
    /// are answered in jobs by two worker threads (each with its own copy of the rule book), which
    /// write the responses one after another into the job's buffer, and the main thread writes the
    /// buffers in input order. A line arriving alone with nothing in flight is answered at once, and
    /// every job is written and output flushed before any read that would wait, so an interactive
    /// client gets each answer straight away.
    static func run(handler: RequestHandler, input: Int32, output: Int32,
                    observe: BatchObserver?) throws(IOFailure) {
        signal(SIGPIPE, SIG_IGN)
        var reader = LineReader(descriptor: input, maxLineBytes: handler.maxLineBytes)
        var writer = OutputWriter(descriptor: output)
        var workers: [Worker] = []
        var inFlight: [BatchJob] = []
        var spareBuffers: [JSONBytes.Storage] = []
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
                if let observe {
                    let job = BatchJob(lines: batch, output: spareBuffers.popLast() ?? JSONBytes.Storage(capacity: 1 << 16), tally: observe.tally())
                    job.answer(with: handler)
                    spareBuffers.append(job.finish(into: &writer, observe: observe))
                    continue
                }
                let outcome = answer(batch[0], handler: handler)
                if let response = outcome.responseLine { writer.append(line: response) }
                continue
            }
            if workers.isEmpty { workers = [Worker(handler: handler), Worker(handler: handler.independentCopy())] }
            // Half the lines to each worker, so that both have the same amount to do.
            let half = (batch.count + 1) / 2
            for (worker, lines) in zip(workers, [batch[..<half], batch[half...]]) {
                let job = BatchJob(lines: Array(lines), output: spareBuffers.popLast() ?? JSONBytes.Storage(capacity: 1 << 16),
                                   tally: observe?.tally())
                worker.start(job)
                inFlight.append(job)
            }
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
